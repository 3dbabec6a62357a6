#version 330 core
// A name's sprite: the halo's coverage in red, the ink's in green, as the text shader's two
// passes leave them (text.frag). Composed here in one pass, halo under ink, with the colours
// the text passes use; the result is premultiplied (blend ONE, ONE_MINUS_SRC_ALPHA). Names
// never overlap once laid out, so composing per name equals the text's halos-then-ink order.
in vec2 v_uv;
uniform sampler2D u_sprites;
uniform vec4 u_color;  // ink
uniform vec4 u_halo;
out vec4 o_color;

void main() {
    vec2 coverage = texture(u_sprites, v_uv).rg;
    // The halo pass: colour halo.rgb at alpha halo.a * r.
    float haloAlpha = u_halo.a * coverage.r;
    // The ink pass: colour ink.rgb * g at alpha ink.a * g * g, over the halo.
    float inkAlpha = u_color.a * coverage.g * coverage.g;
    vec3 rgb = u_color.rgb * coverage.g * inkAlpha + u_halo.rgb * haloAlpha * (1.0 - inkAlpha);
    o_color = vec4(rgb, inkAlpha + haloAlpha * (1.0 - inkAlpha));
}
