#include "app/ui/text_dump.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "app/io/output_file.hpp"

namespace ui {
namespace {

void appendUtf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool endsWithCutWord(const std::string& text) {
    // ImGui's ellipsis ("..." or "…") right after a letter: a tab or label shortened to fit.
    // A text of the catalogue writes "Durchsuchen …" with a space before it.
    for (std::string_view tail : {std::string_view("..."), std::string_view("\u2026")}) {
        if (text.size() > tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0) {
            char before = text[text.size() - tail.size() - 1];
            if (before != ' ' && before != '.') return true;
        }
    }
    return false;
}

}  // namespace

std::vector<TextLine> renderedLines() {
    std::vector<TextLine> lines;
    ImDrawData* data = ImGui::GetDrawData();
    if (!data) return lines;
    // Glyphs by the texture coordinate of their top-left corner (ImFont::RenderText writes each
    // glyph as a quad: top-left, top-right, bottom-right, bottom-left).
    struct Glyph {
        const ImFontGlyph* glyph;
        float fontSize;
    };
    std::map<std::pair<float, float>, std::vector<Glyph>> glyphs;
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs[{g.U0, g.V0}].push_back({&g, font->FontSize});

    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList& list = *data->CmdLists[l];
        const ImVector<ImDrawVert>& v = list.VtxBuffer;
        // The clip rectangle of each vertex: that of the draw command drawing it.
        std::vector<ImVec4> clipOf(static_cast<std::size_t>(v.Size),
                                   ImVec4{-1e9f, -1e9f, 1e9f, 1e9f});
        for (const ImDrawCmd& cmd : list.CmdBuffer)
            for (unsigned k = 0; k < cmd.ElemCount; ++k) {
                unsigned idx = list.IdxBuffer[static_cast<int>(cmd.IdxOffset + k)] + cmd.VtxOffset;
                if (idx < clipOf.size()) clipOf[idx] = cmd.ClipRect;
            }
        const std::string owner = list._OwnerName ? list._OwnerName : "";
        TextLine* line = nullptr;
        float lineTop = 0, penX = 0, penScale = 1;
        auto finishLine = [&] {
            if (!line) return;
            // A glyph left out: ImGui draws none whose left edge passes the clip rectangle, so
            // a line whose pen stands at that edge lost the rest of its word.
            if (penX >= line->clipX1 - penScale) line->clippedX = true;
            if (endsWithCutWord(line->text)) line->clippedX = true;
        };
        for (int i = 0; i + 3 < v.Size; ++i) {
            auto found = glyphs.find({v[i].uv.x, v[i].uv.y});
            if (found == glyphs.end()) continue;
            const ImFontGlyph* glyph = nullptr;
            float fontSize = 0;
            bool trimmedX = false, trimmedY = false;
            for (const Glyph& g : found->second) {
                // The quad's corners: top-left (i), top-right (i+1), bottom-right (i+2).
                if (v[i + 1].uv.y != g.glyph->V0 || v[i + 3].uv.x != g.glyph->U0) continue;
                bool fullX = v[i + 2].uv.x == g.glyph->U1, fullY = v[i + 2].uv.y == g.glyph->V1;
                if (!glyph || (fullX && fullY)) {
                    glyph = g.glyph;
                    fontSize = g.fontSize;
                    trimmedX = !fullX;
                    trimmedY = !fullY;
                }
            }
            if (!glyph || glyph->Y1 <= glyph->Y0 || glyph->X1 <= glyph->X0) continue;
            if (trimmedX && trimmedY) {  // a corner glyph: its size cannot be recovered
                if (line) line->clippedX = line->clippedY = true;
                i += 3;
                continue;
            }
            // A trimmed glyph's size follows its texture share: recover the scale from the
            // untrimmed axis.
            float scale = !trimmedY ? (v[i + 2].pos.y - v[i].pos.y) / (glyph->Y1 - glyph->Y0)
                                    : (v[i + 2].pos.x - v[i].pos.x) / (glyph->X1 - glyph->X0);
            float top = v[i].pos.y - glyph->Y0 * scale;
            float x = v[i].pos.x - glyph->X0 * scale;
            const ImVec4 clip = clipOf[static_cast<std::size_t>(i)];
            bool sameLine = line && std::abs(top - lineTop) < 1.f && x > penX - 1.f;
            if (!sameLine) {
                finishLine();
                lines.push_back({});
                line = &lines.back();
                line->window = owner;
                line->x0 = v[i].pos.x;
                line->y0 = v[i].pos.y;
                line->x1 = v[i + 2].pos.x;
                line->y1 = v[i + 2].pos.y;
                line->clipX0 = clip.x;
                line->clipY0 = clip.y;
                line->clipX1 = clip.z;
                line->clipY1 = clip.w;
            } else if (x - penX > fontSize * scale * 0.15f && !trimmedX && !trimmedY) {
                line->text += ' ';
            }
            line->x0 = std::min(line->x0, v[i].pos.x);
            line->y0 = std::min(line->y0, v[i].pos.y);
            line->x1 = std::max(line->x1, v[i + 2].pos.x);
            line->y1 = std::max(line->y1, v[i + 2].pos.y);
            // Cut by the scissor (the draw command's clip rectangle) or trimmed by ImGui.
            if (trimmedX || v[i].pos.x < clip.x - 0.5f || v[i + 2].pos.x > clip.z + 0.5f)
                line->clippedX = true;
            if (trimmedY || v[i].pos.y < clip.y - 0.5f || v[i + 2].pos.y > clip.w + 0.5f)
                line->clippedY = true;
            if (!trimmedX && !trimmedY) appendUtf8(line->text, glyph->Codepoint);
            lineTop = top;
            penX = x + glyph->AdvanceX * scale;
            penScale = scale;
            i += 3;  // the rest of this quad
        }
        finishLine();
        line = nullptr;
    }
    return lines;
}

std::string renderedText() {
    std::string out;
    for (const TextLine& line : renderedLines()) {
        if (line.text.empty()) continue;
        out += line.text;
        out += '\n';
    }
    return out;
}

void writeRenderedText(const std::string& path) { fileio::writeFileAtomically(path, renderedText()); }

}  // namespace ui
