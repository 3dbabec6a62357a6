#version 330 core
// Point symbols (application sites): one quad per marker, anchored at a world point and sized
// in pixels, so panning and zooming move them without new vertices.
layout(location = 0) in vec2 a_anchor;   // world, relative to the origin
layout(location = 1) in vec2 a_corner;   // -1 .. 1
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec3 a_style;    // shape id, radius in pixels (ring included), flagged
uniform vec4 u_transform;
uniform vec2 u_pixelToClip;
out vec2 v_local;
flat out vec4 v_color;
flat out float v_shape;
flat out float v_radius;
flat out float v_flagged;

void main() {
    vec2 anchor = a_anchor * u_transform.xy + u_transform.zw;
    // The quad reaches 1.3 times the radius so that a thick ring is never cut at its edge.
    vec2 corner = a_corner * 1.3;
    gl_Position = vec4(anchor + corner * a_style.y * u_pixelToClip, 0.0, 1.0);
    v_local = corner;
    v_color = a_color;
    v_shape = a_style.x;
    v_radius = a_style.y;
    v_flagged = a_style.z;
}
