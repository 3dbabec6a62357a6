#version 330 core
in vec2 v_uv;
uniform sampler2D u_atlas;
uniform vec4 u_color;
uniform vec4 u_haloColor;
uniform float u_haloEdge;   // distance value where the halo ends (< 0.5; 0.5 = no halo)
out vec4 o_color;

void main() {
    float d = texture(u_atlas, v_uv).r;
    float aa = max(fwidth(d) * 0.75, 1e-4);
    float fill = smoothstep(0.5 - aa, 0.5 + aa, d);
    float halo = smoothstep(u_haloEdge - aa, u_haloEdge + aa, d);
    vec4 c = mix(u_haloColor, u_color, fill);
    o_color = vec4(c.rgb, c.a * max(halo, fill));
}
