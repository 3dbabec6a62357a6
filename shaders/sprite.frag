#version 330 core
// A name's sprite: the halo's coverage in red, the ink's in green, as the text shader's two
// passes leave them (text.frag). Drawn in two passes again, halos then ink, with the same
// colours and blending as the text, so that a neighbour's halo never covers ink.
in vec2 v_uv;
uniform sampler2D u_sprites;
uniform vec4 u_color;
uniform int u_ink;  // 0: the halo pass, 1: the ink pass
out vec4 o_color;

void main() {
    vec2 coverage = texture(u_sprites, v_uv).rg;
    if (u_ink == 0)
        o_color = vec4(u_color.rgb, u_color.a * coverage.r);
    else
        o_color = vec4(u_color.rgb * coverage.g, u_color.a * coverage.g * coverage.g);
}
