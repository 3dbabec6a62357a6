#version 330 core
// Outlines of constant pixel width: the centre line is transformed like the fill, then moved
// in screen space along the extrusion vector (see geo/stroke.hpp). The line is drawn half a
// pixel wider on each side and faded there by the fragment shader: analytic anti-aliasing,
// so no multisampling is needed (llvmpipe pays dearly for it at 4K).
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_extrude;
layout(location = 2) in float a_side;   // +1 or -1: which edge of the line this vertex is on
uniform vec4 u_transform;   // scale.xy, offset.zw
uniform vec2 u_halfWidth;   // half the drawn width (line + feather) in clip units per axis
out float v_across;         // -1 .. +1 across the drawn width

void main() {
    vec2 centre = a_position * u_transform.xy + u_transform.zw;
    gl_Position = vec4(centre + a_extrude * u_halfWidth, 0.0, 1.0);
    v_across = a_side;
}
