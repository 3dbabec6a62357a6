#include "app/ui/text_dump.hpp"

#include <imgui.h>

#include <cmath>
#include <fstream>
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

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

}  // namespace

std::string renderedText() {
    ImDrawData* data = ImGui::GetDrawData();
    if (!data) return {};
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

    std::string out;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
        bool any = false;
        float lineTop = 0, penX = 0;
        for (int i = 0; i + 2 < v.Size; ++i) {
            auto found = glyphs.find({v[i].uv.x, v[i].uv.y});
            if (found == glyphs.end()) continue;
            const ImFontGlyph* glyph = nullptr;
            float fontSize = 0;
            for (const Glyph& g : found->second)
                if (v[i + 2].uv.x == g.glyph->U1 && v[i + 2].uv.y == g.glyph->V1) {
                    glyph = g.glyph;
                    fontSize = g.fontSize;
                }
            if (!glyph || glyph->Y1 <= glyph->Y0) continue;
            // The quad is the glyph's box scaled to the drawn size: recover the pen position
            // and the line's top from it.
            float scale = (v[i + 2].pos.y - v[i].pos.y) / (glyph->Y1 - glyph->Y0);
            float top = v[i].pos.y - glyph->Y0 * scale;
            float x = v[i].pos.x - glyph->X0 * scale;
            if (any && std::abs(top - lineTop) < 1.f && x > penX - 1.f) {
                if (x - penX > fontSize * scale * 0.15f) out += ' ';
            } else if (any) {
                out += '\n';
            }
            appendUtf8(out, glyph->Codepoint);
            any = true;
            lineTop = top;
            penX = x + glyph->AdvanceX * scale;
            i += 3;  // the rest of this quad
        }
        if (any) out += '\n';
    }
    return out;
}

void writeRenderedText(const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    out << renderedText();
    if (!out) throw std::runtime_error(path + ": cannot write the text dump");
}

}  // namespace ui
