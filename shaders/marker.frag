#version 330 core
// Signed distance of the symbol's outline in local units (the quad is -1 .. 1): negative
// inside. Filled with the status colour, ringed in white (dark when selected) for contrast on
// any area colour; a site that fails a formal check gets a thick red ring instead (its shape
// still tells the status). Edges anti-aliased over one pixel.
in vec2 v_local;
flat in vec4 v_color;
flat in float v_shape;
flat in float v_radius;
flat in float v_flagged;
uniform vec4 u_ringColor;
uniform vec4 u_flagColor;
uniform float u_ringPx;
out vec4 o_color;

float triangle(vec2 p, float flip) {
    p.y *= flip;
    p.y += 0.15;
    const float k = sqrt(3.0);
    p.x = abs(p.x) - 0.82;
    p.y = p.y + 0.82 / k;
    if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
    p.x -= clamp(p.x, -1.64, 0.0);
    return -length(p) * sign(p.y);
}

float shapeDistance(vec2 p) {
    int shape = int(v_shape + 0.5);
    if (shape == 0) return length(p) - 0.78;                                 // circle
    if (shape == 1) return (abs(p.x) + abs(p.y)) / sqrt(2.0) - 0.62;         // diamond
    if (shape == 2) return max(abs(p.x), abs(p.y)) - 0.66;                   // square
    if (shape == 3) return triangle(vec2(p.x, -p.y), 1.0);                   // triangle up
    if (shape == 4) return triangle(p, 1.0);                                 // triangle down
    vec2 q = abs(vec2(p.x + p.y, p.x - p.y)) / sqrt(2.0);                   // cross (X)
    return min(max(q.x - 0.78, q.y - 0.24), max(q.y - 0.78, q.x - 0.24));
}

void main() {
    float d = shapeDistance(v_local) * v_radius;   // in pixels
    float aa = 0.75;
    float fill = 1.0 - smoothstep(-aa, aa, d);
    bool flagged = v_flagged > 0.5;
    float ringPx = flagged ? u_ringPx * 1.8 : u_ringPx;
    float outer = 1.0 - smoothstep(-aa, aa, d - ringPx);
    vec4 c = mix(flagged ? u_flagColor : u_ringColor, v_color, fill);
    o_color = vec4(c.rgb, c.a * outer);
}
