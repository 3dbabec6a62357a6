#version 330 core
// Point symbols (application sites): one quad per marker, anchored at a world point and sized
// in pixels, so panning and zooming move them without new vertices.
layout(location = 0) in vec2 a_anchor;   // world, relative to the origin
layout(location = 1) in vec2 a_corner;   // -1 .. 1
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec2 a_style;    // shape id, radius in pixels (outline included)
uniform vec4 u_transform;
uniform vec2 u_pixelToClip;
out vec2 v_local;
flat out vec4 v_color;
flat out float v_shape;
flat out float v_radius;

void main() {
    vec2 anchor = a_anchor * u_transform.xy + u_transform.zw;
    gl_Position = vec4(anchor + a_corner * a_style.y * u_pixelToClip, 0.0, 1.0);
    v_local = a_corner;
    v_color = a_color;
    v_shape = a_style.x;
    v_radius = a_style.y;
}
