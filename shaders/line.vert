#version 330 core
// Boundary lines of constant pixel width, every class in one draw (see stroke.vert for the
// extrusion and the analytic anti-aliasing). Each vertex carries its line class, whose width
// and colour come from uniform tables; u_override >= 0 draws every vertex as that class (the
// highlighted municipality's outline).
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_extrude;
layout(location = 2) in float a_side;
layout(location = 3) in float a_class;
uniform vec4 u_transform;       // scale.xy, offset.zw
uniform vec2 u_pixelToClip;     // 2 / viewport size
uniform float u_halfPx[4];      // half the line width in pixels, per class
uniform vec4 u_color[4];
uniform int u_override;
out float v_across;             // -1 .. +1 across the drawn width
flat out float v_halfPx;
flat out vec4 v_color;

void main() {
    int k = u_override >= 0 ? u_override : int(a_class + 0.5);
    float halfPx = u_halfPx[k];
    float outer = halfPx + 0.5;  // half a pixel of feather outside the line's edge
    vec2 centre = a_position * u_transform.xy + u_transform.zw;
    gl_Position = vec4(centre + a_extrude * outer * u_pixelToClip, 0.0, 1.0);
    v_across = a_side;
    v_halfPx = halfPx;
    v_color = u_color[k];
}
