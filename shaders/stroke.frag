#version 330 core
in float v_across;
uniform vec4 u_color;
uniform float u_halfPx;    // half the line width in pixels
uniform float u_outerPx;   // half the drawn width: u_halfPx + the feather
out vec4 o_color;

void main() {
    float distancePx = abs(v_across) * u_outerPx;
    float coverage = clamp(u_halfPx + 0.5 - distancePx, 0.0, 1.0);
    o_color = vec4(u_color.rgb, u_color.a * coverage);
}
