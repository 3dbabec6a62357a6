#include "geo/label_layout.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace geo {
namespace {

const Box kScreen{0, 0, 800, 600};

// Closer than `padding` on both axes (the contract's notion of overlapping).
bool tooClose(const Box& a, const Box& b, double padding) {
    return a.minx < b.maxx + padding && b.minx < a.maxx + padding && a.miny < b.maxy + padding &&
           b.miny < a.maxy + padding;
}

bool inside(const Box& box, const Box& bounds) {
    return box.minx >= bounds.minx && box.miny >= bounds.miny && box.maxx <= bounds.maxx &&
           box.maxy <= bounds.maxy;
}

const PlacedLabel* find(const std::vector<PlacedLabel>& placed, std::size_t request) {
    for (const PlacedLabel& label : placed) {
        if (label.request == request) return &label;
    }
    return nullptr;
}

TEST(LabelLayout, FreeLabelsStayAtTheirAnchors) {
    const std::vector<LabelRequest> requests{{{100, 100}, 60, 16, 1}, {{400, 300}, 80, 20, 2}};
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, 4, 30);
    ASSERT_EQ(placed.size(), 2u);
    // Placed in order of priority.
    EXPECT_EQ(placed[0].request, 1u);
    EXPECT_EQ(placed[0].box, (Box{360, 290, 440, 310}));
    EXPECT_EQ(placed[1].request, 0u);
    EXPECT_EQ(placed[1].box, (Box{70, 92, 130, 108}));
}

TEST(LabelLayout, CrowdedLabelsNeverOverlap) {
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 60; ++i) {
        // Anchors on a tight spiral-free lattice, far denser than the labels allow.
        const double x = 200 + (i % 10) * 25.0;
        const double y = 200 + (i / 10) * 12.0;
        requests.push_back({{x, y}, 50 + (i % 3) * 10.0, 14, double(i % 7)});
    }
    const double padding = 3;
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, padding, 40);
    ASSERT_GT(placed.size(), 5u);
    ASSERT_LT(placed.size(), requests.size());
    for (std::size_t a = 0; a < placed.size(); ++a) {
        const LabelRequest& request = requests[placed[a].request];
        EXPECT_DOUBLE_EQ(placed[a].box.width(), request.width);
        EXPECT_DOUBLE_EQ(placed[a].box.height(), request.height);
        EXPECT_LE(length(placed[a].box.center() - request.anchor), 40.0);
        EXPECT_TRUE(inside(placed[a].box, kScreen));
        for (std::size_t b = a + 1; b < placed.size(); ++b) {
            EXPECT_FALSE(tooClose(placed[a].box, placed[b].box, padding))
                << placed[a].request << " and " << placed[b].request;
        }
    }
}

TEST(LabelLayout, PriorityWinsAConflict) {
    const std::vector<LabelRequest> requests{{{300, 300}, 100, 20, 1.0},
                                             {{310, 305}, 100, 20, 5.0}};
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, 2, 0);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].request, 1u);
    EXPECT_EQ(placed[0].box, (Box{260, 295, 360, 315}));
}

TEST(LabelLayout, EqualPriorityGoesByIndex) {
    const std::vector<LabelRequest> requests{{{300, 300}, 100, 20, 3.0},
                                             {{300, 300}, 100, 20, 3.0}};
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, 0, 0);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].request, 0u);
}

TEST(LabelLayout, OutOfBoundsIsDroppedUnlessAShiftBringsItIn) {
    // 60 wide at x = 20: 10 pixels off the left edge.
    const std::vector<LabelRequest> requests{{{20, 300}, 60, 16, 1}};
    EXPECT_TRUE(placeLabels(requests, kScreen, 0, 0).empty());
    EXPECT_TRUE(placeLabels(requests, kScreen, 0, 20).empty());  // 0.35 * 60 = 21 > 20
    const std::vector<PlacedLabel> shifted = placeLabels(requests, kScreen, 0, 25);
    ASSERT_EQ(shifted.size(), 1u);
    EXPECT_EQ(shifted[0].box, (Box{11, 292, 71, 308}));
    // Entirely off screen.
    EXPECT_TRUE(placeLabels({{{-500, -500}, 60, 16, 1}}, kScreen, 0, 40).empty());
}

TEST(LabelLayout, BlockedAnchorShiftsToTheNearestFreeCandidate) {
    // The first label blocks the anchor and the one-step shifts of the second (6 pixels up or
    // down, 14 sideways, diagonals); two steps up (12 pixels) is the first free position.
    const std::vector<LabelRequest> requests{{{100, 100}, 40, 10, 2}, {{100, 100}, 40, 10, 1}};
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, 0, 20);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[0].box, (Box{80, 95, 120, 105}));
    EXPECT_EQ(placed[1].request, 1u);
    EXPECT_EQ(placed[1].box, (Box{80, 83, 120, 93}));
}

TEST(LabelLayout, ShiftOrderPrefersAboveThenBelow) {
    // Above is off screen, so the label goes below its anchor.
    const std::vector<LabelRequest> requests{{{100, 10}, 40, 10, 2}, {{100, 10}, 40, 10, 1}};
    const std::vector<PlacedLabel> placed = placeLabels(requests, kScreen, 0, 20);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[0].box, (Box{80, 5, 120, 15}));
    EXPECT_EQ(placed[1].box, (Box{80, 17, 120, 27}));
}

TEST(LabelLayout, PaddingIsKeptButExactGapsAreAllowed) {
    const std::vector<LabelRequest> requests{{{100, 100}, 40, 10, 2}, {{145, 100}, 40, 10, 1}};
    // The boxes are 5 apart: fine with padding 5, too close with padding 6 and no shift.
    EXPECT_EQ(placeLabels(requests, kScreen, 5, 0).size(), 2u);
    EXPECT_EQ(placeLabels(requests, kScreen, 6, 0).size(), 1u);
}

TEST(LabelLayout, Deterministic) {
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 30; ++i) {
        requests.push_back({{300 + (i % 6) * 20.0, 300 + (i % 5) * 9.0}, 70, 14, double(i % 4)});
    }
    const std::vector<PlacedLabel> first = placeLabels(requests, kScreen, 2, 30);
    const std::vector<PlacedLabel> second = placeLabels(requests, kScreen, 2, 30);
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].request, second[i].request);
        EXPECT_EQ(first[i].box, second[i].box);
    }
    ASSERT_NE(find(first, 3), nullptr);  // priority 3, placed first, at its anchor
    EXPECT_EQ(find(first, 3)->box.center(), (Vec2{360, 327}));
}

TEST(LabelLayout, PerLabelShiftLimitOverridesTheCallsLimit) {
    // The second label is blocked at its anchor; a shift of 0.6 x 10 = 6 px upwards frees it.
    LabelRequest blocker{{100, 100}, 40, 10, 2};
    LabelRequest tight{{100, 104}, 40, 10, 1, 3.0};   // may move 3 px only: dropped
    LabelRequest roomy{{100, 104}, 40, 10, 1, 20.0};  // may move 20 px: placed
    EXPECT_EQ(placeLabels({blocker, tight}, kScreen, 0, 50).size(), 1u);
    std::vector<PlacedLabel> placed = placeLabels({blocker, roomy}, kScreen, 0, 0);
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_NE(placed[1].box.center(), (Vec2{100, 104}));
}

TEST(LabelLayout, EmptyInputAndEmptyBounds) {
    EXPECT_TRUE(placeLabels({}, kScreen, 2, 30).empty());
    EXPECT_TRUE(placeLabels({{{10, 10}, 5, 5, 1}}, Box{}, 2, 30).empty());
}


TEST(LabelLayout, LabelsMoveOffSymbolsWhereTheyHaveRoom) {
    // A site symbol (24 px) right on the label's anchor.
    std::vector<LabelRequest> requests{{{400, 300}, 120, 30, 1, 80}};
    std::vector<Box> symbols{{388, 288, 412, 312}};
    auto placed = placeLabels(requests, kScreen, 2, 0, symbols);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_FALSE(tooClose(placed[0].box, symbols[0], 2));
    // Without symbols the anchor is kept.
    auto plain = placeLabels(requests, kScreen, 2, 0);
    EXPECT_DOUBLE_EQ(plain[0].box.minx, 340);
    EXPECT_DOUBLE_EQ(plain[0].box.miny, 285);
}

TEST(LabelLayout, ANameIsNeverDroppedForASymbol) {
    // No room to move at all: the label stays on the symbol rather than vanishing.
    std::vector<LabelRequest> requests{{{400, 300}, 120, 30, 1, 0}};
    std::vector<Box> symbols{{388, 288, 412, 312}};
    auto placed = placeLabels(requests, kScreen, 2, 0, symbols);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_DOUBLE_EQ(placed[0].box.minx, 340);
}

TEST(LabelLayout, ALabelShrinksWhereItFitsOnlySmaller) {
    // A 200 px wide gap between two blockers; a 240 px label fits only at 72 % (173 px).
    const LabelRequest left{{100, 300}, 200, 30, 2, 0};
    const LabelRequest right{{500, 300}, 200, 30, 2, 0};
    LabelRequest middle{{300, 300}, 240, 30, 1, 0};
    EXPECT_EQ(placeLabels({left, right, middle}, kScreen, 0, 0).size(), 2u);  // minScale 1
    middle.minScale = 0.6;
    const std::vector<PlacedLabel> placed = placeLabels({left, right, middle}, kScreen, 0, 0);
    ASSERT_EQ(placed.size(), 3u);
    const PlacedLabel* m = find(placed, 2);
    ASSERT_NE(m, nullptr);
    EXPECT_NEAR(m->scale, 0.85 * 0.85, 1e-9);
    EXPECT_NEAR(m->box.maxx - m->box.minx, 240 * m->scale, 1e-9);
    EXPECT_GE(m->box.minx, 200 - 1e-9);
    EXPECT_LE(m->box.maxx, 400 + 1e-9);
    // Below its minScale it is dropped: at 0.8 only 85 % is tried.
    middle.minScale = 0.8;
    EXPECT_EQ(placeLabels({left, right, middle}, kScreen, 0, 0).size(), 2u);
}

TEST(LabelLayout, ContextNamesShrinkAlongAndGoFirst) {
    // Two district names that fit only at 85 %, and a context name (a neighbouring district)
    // far away: it takes the same 85 %, so it is never larger than the district's own names.
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 2; ++i) requests.push_back({{200.0 + 180 * i, 300}, 200, 30, 2, 0, 0.6});
    LabelRequest context{{600, 500}, 200, 30, 1, 0, 1};
    context.shrinksAlong = true;
    requests.push_back(context);
    std::vector<PlacedLabel> placed = placeLabelsAtCommonSize(requests, kScreen, 2, 0);
    ASSERT_EQ(placed.size(), 3u);
    for (const PlacedLabel& p : placed) EXPECT_NEAR(p.scale, 0.85, 1e-9) << p.request;
    // A context name in the way of the district's names is left out, not shrunk further.
    requests[2].anchor = {290, 300};
    placed = placeLabelsAtCommonSize(requests, kScreen, 2, 0);
    ASSERT_EQ(placed.size(), 2u);
    for (const PlacedLabel& p : placed) {
        EXPECT_LT(p.request, 2u);
        EXPECT_NEAR(p.scale, 0.85, 1e-9);
    }
}

TEST(LabelLayout, CommonSizeShrinksAllLabelsAlike) {
    // Three names in a row with 180 px from anchor to anchor, each 200 px wide: at their size
    // the middle one is dropped; at a common 85 % (170 px) all three fit, all at that size.
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 3; ++i) requests.push_back({{200.0 + 180 * i, 300}, 200, 30, 1, 0, 0.6});
    const std::vector<PlacedLabel> placed = placeLabelsAtCommonSize(requests, kScreen, 2, 0);
    ASSERT_EQ(placed.size(), 3u);
    for (const PlacedLabel& p : placed) {
        EXPECT_NEAR(p.scale, 0.85, 1e-9);
        EXPECT_NEAR(p.box.maxx - p.box.minx, 170, 1e-9);
        for (const PlacedLabel& q : placed) {
            if (&p != &q) {
                EXPECT_FALSE(tooClose(p.box, q.box, 2));
            }
        }
    }
    // Labels that fit keep their size; ones that may not shrink are never scaled.
    std::vector<LabelRequest> roomy = requests;
    for (LabelRequest& r : roomy) r.width = 100;
    for (const PlacedLabel& p : placeLabelsAtCommonSize(roomy, kScreen, 2, 0))
        EXPECT_DOUBLE_EQ(p.scale, 1);
    std::vector<LabelRequest> fixed = requests;
    for (LabelRequest& r : fixed) r.minScale = 1;
    EXPECT_EQ(placeLabelsAtCommonSize(fixed, kScreen, 2, 0).size(), 2u);
}

TEST(LabelLayout, CommonSizeKeepsNamesOffSymbols) {
    // A symbol on each of three close anchors; each name may move 40 px and stands clear.
    std::vector<LabelRequest> requests;
    std::vector<Box> symbols;
    for (int i = 0; i < 3; ++i) {
        const double x = 200.0 + 130 * i;
        requests.push_back({{x, 300}, 120, 30, 1, 40, 0.6});
        symbols.push_back({x - 8, 292, x + 8, 308});
    }
    const std::vector<PlacedLabel> placed =
        placeLabelsAtCommonSize(requests, kScreen, 2, 0, symbols);
    ASSERT_EQ(placed.size(), 3u);
    for (const PlacedLabel& p : placed)
        for (const Box& s : symbols) EXPECT_FALSE(tooClose(p.box, s, 0));
}

}  // namespace
}  // namespace geo
