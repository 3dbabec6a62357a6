#version 330 core
// The map's areas, all features of a level in one draw: each vertex carries its feature's
// index, whose colour comes from a table (one texel per feature, 1024 per row), so thematic
// colours change without touching the geometry. Positions are relative to an origin; the
// affine map to clip space is computed in double precision on the CPU.
layout(location = 0) in vec2 a_position;
layout(location = 1) in float a_feature;
uniform vec4 u_transform;       // scale.xy, offset.zw
uniform sampler2D u_colors;     // RGBA per feature
uniform float u_highlight;      // feature index drawn lighter, -1: none
uniform vec4 u_highlightColor;  // blended over the highlighted feature's colour
flat out vec4 v_color;

void main() {
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
    int id = int(a_feature + 0.5);
    vec4 c = texelFetch(u_colors, ivec2(id % 1024, id / 1024), 0);
    if (abs(a_feature - u_highlight) < 0.5)
        c = vec4(mix(c.rgb, u_highlightColor.rgb, u_highlightColor.a), c.a);
    v_color = c;
}
