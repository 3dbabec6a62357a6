#version 330 core
in float v_across;
flat in float v_halfPx;
flat in vec4 v_color;
out vec4 o_color;

void main() {
    float distancePx = abs(v_across) * (v_halfPx + 0.5);
    float coverage = clamp(v_halfPx + 0.5 - distancePx, 0.0, 1.0);
    o_color = vec4(v_color.rgb, v_color.a * coverage);
}
