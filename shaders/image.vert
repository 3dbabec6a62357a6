#version 330 core
// A picture of the map drawn earlier (the renderer's view cache), placed in world
// coordinates relative to an origin, like the areas.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
uniform vec4 u_transform;  // scale.xy, offset.zw
out vec2 v_uv;

void main() {
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
    v_uv = a_uv;
}
