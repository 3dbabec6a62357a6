#version 330 core
// Signed-distance-field text. Each glyph quad is anchored at a world point (labels) or at the
// top-left corner of the image (overlays) and offset from it in pixels, so panning the map
// needs no new vertices.
layout(location = 0) in vec2 a_anchor;   // world, relative to the origin
layout(location = 1) in vec2 a_offset;   // pixels, y down
layout(location = 2) in vec2 a_uv;
uniform vec4 u_transform;   // anchor -> clip: scale.xy, offset.zw
uniform vec2 u_pixelToClip; // 2 / framebuffer size
out vec2 v_uv;

void main() {
    vec2 anchor = a_anchor * u_transform.xy + u_transform.zw;
    gl_Position = vec4(anchor + vec2(a_offset.x, -a_offset.y) * u_pixelToClip, 0.0, 1.0);
    v_uv = a_uv;
}
