#version 330 core
// Filled polygons and screen-space quads. Positions are relative to an origin; the affine
// map to clip space is computed in double precision on the CPU (geo::Viewport::clipTransform).
layout(location = 0) in vec2 a_position;
uniform vec4 u_transform;  // scale.xy, offset.zw

void main() {
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
