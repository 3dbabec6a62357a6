#version 330 core
// Outlines of constant pixel width: the centre line is transformed like the fill, then moved
// in screen space along the extrusion vector (see geo/stroke.hpp).
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_extrude;
uniform vec4 u_transform;   // scale.xy, offset.zw
uniform vec2 u_halfWidth;   // half the line width in clip units per axis

void main() {
    vec2 centre = a_position * u_transform.xy + u_transform.zw;
    gl_Position = vec4(centre + a_extrude * u_halfWidth, 0.0, 1.0);
}
