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

// The triangle pointing up, from map::symbolOutline(TriangleUp) with y mirrored (here y points
// up, as in clip space): the one definition the window legend and the prints use too.
uniform vec2 u_triangle[3];

// Signed distance to the triangle p0 p1 p2 (after Inigo Quilez's sdTriangle).
float triangle(vec2 p) {
    vec2 p0 = u_triangle[0], p1 = u_triangle[1], p2 = u_triangle[2];
    vec2 e0 = p1 - p0, e1 = p2 - p1, e2 = p0 - p2;
    vec2 v0 = p - p0, v1 = p - p1, v2 = p - p2;
    vec2 pq0 = v0 - e0 * clamp(dot(v0, e0) / dot(e0, e0), 0.0, 1.0);
    vec2 pq1 = v1 - e1 * clamp(dot(v1, e1) / dot(e1, e1), 0.0, 1.0);
    vec2 pq2 = v2 - e2 * clamp(dot(v2, e2) / dot(e2, e2), 0.0, 1.0);
    float s = sign(e0.x * e2.y - e0.y * e2.x);
    vec2 d = min(min(vec2(dot(pq0, pq0), s * (v0.x * e0.y - v0.y * e0.x)),
                     vec2(dot(pq1, pq1), s * (v1.x * e1.y - v1.y * e1.x))),
                 vec2(dot(pq2, pq2), s * (v2.x * e2.y - v2.y * e2.x)));
    return -sqrt(d.x) * sign(d.y);
}

float shapeDistance(vec2 p) {
    int shape = int(v_shape + 0.5);
    if (shape == 0) return length(p) - 0.78;                                 // circle
    if (shape == 1) return (abs(p.x) + abs(p.y)) / sqrt(2.0) - 0.62;         // diamond
    if (shape == 2) return max(abs(p.x), abs(p.y)) - 0.66;                   // square
    if (shape == 3) return triangle(p);                                      // triangle up
    if (shape == 4) return triangle(vec2(p.x, -p.y));                        // triangle down
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
