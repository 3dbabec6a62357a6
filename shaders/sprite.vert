#version 330 core
// Names drawn from the label sprite atlas (the window): one quad per name, its anchor moved
// to the nearest whole pixel so that every pixel shows exactly one texel of the sprite.
layout(location = 0) in vec2 a_anchor;   // world, relative to the origin
layout(location = 1) in vec2 a_offset;   // whole pixels from the anchor, y down
layout(location = 2) in vec2 a_uv;
uniform vec4 u_transform;   // anchor -> clip: scale.xy, offset.zw
uniform vec2 u_pixelToClip; // 2 / framebuffer size
out vec2 v_uv;

void main() {
    vec2 clip = a_anchor * u_transform.xy + u_transform.zw;
    vec2 pixel = floor((clip + 1.0) / u_pixelToClip + 0.5);
    gl_Position = vec4((pixel + vec2(a_offset.x, -a_offset.y)) * u_pixelToClip - 1.0, 0.0, 1.0);
    v_uv = a_uv;
}
