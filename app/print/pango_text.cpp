#include "app/print/pango_text.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <string_view>

#include "app/i18n/language.hpp"
#include "app/print/hyphenation.hpp"

namespace print {
namespace {

constexpr const char* kFamily = "DejaVu Sans";
constexpr double kLineFactor = 1.32;    // line height / font size
constexpr double kBaselineFactor = 0.98;  // baseline below a line's top / font size

double fromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int toPango(double points) { return static_cast<int>(points * PANGO_SCALE); }

struct ObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct AttrListUnref {
    void operator()(PangoAttrList* list) const { pango_attr_list_unref(list); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
struct FontOptionsDestroy {
    void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};

}  // namespace

struct TextBlock::Impl {
    std::unique_ptr<PangoLayout, ObjectUnref> layout;
    TextStyle style;
};

TextBlock::TextBlock(cairo_t* cr, const std::string& text, const TextStyle& style, double width)
    : impl_(std::make_unique<Impl>()) {
    impl_->style = style;
    impl_->layout.reset(pango_cairo_create_layout(cr));
    PangoLayout* layout = impl_->layout.get();
    PangoContext* context = pango_layout_get_context(layout);
    // Measure as the PDF draws: no hinting of the metrics, glyphs at their exact positions.
    std::unique_ptr<cairo_font_options_t, FontOptionsDestroy> options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options.get());
    pango_context_set_round_glyph_positions(context, FALSE);
    PangoLanguage* language = pango_language_from_string(
        std::string(i18n::languageCode(i18n::language())).c_str());
    pango_context_set_language(context, language);
    pango_layout_context_changed(layout);

    std::unique_ptr<PangoFontDescription, FontDescriptionFree> font(
        pango_font_description_from_string(kFamily));
    pango_font_description_set_weight(font.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font.get());

    std::unique_ptr<PangoAttrList, AttrListUnref> attributes(pango_attr_list_new());
    pango_attr_list_insert(attributes.get(), pango_attr_language_new(language));
    pango_attr_list_insert(attributes.get(), pango_attr_insert_hyphens_new(TRUE));
    pango_layout_set_attributes(layout, attributes.get());

    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(layout, width > 0 ? toPango(width) : -1);
    const std::string hyphenated = insertSoftHyphens(text, i18n::language());
    pango_layout_set_text(layout, hyphenated.data(), static_cast<int>(hyphenated.size()));
}

TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock&&) noexcept = default;
TextBlock& TextBlock::operator=(TextBlock&&) noexcept = default;

int TextBlock::lines() const { return std::max(1, pango_layout_get_line_count(impl_->layout.get())); }

double TextBlock::lineHeight() const { return print::lineHeight(impl_->style); }

double lineHeight(const TextStyle& style) { return style.size * kLineFactor; }

double TextBlock::lineWidth(int i) const {
    PangoLayoutLine* line = pango_layout_get_line_readonly(impl_->layout.get(), i);
    if (!line) return 0;
    PangoRectangle logical{};
    pango_layout_line_get_extents(line, nullptr, &logical);
    return fromPango(logical.width);
}

double TextBlock::width() const {
    double widest = 0;
    for (int i = 0; i < lines(); ++i) widest = std::max(widest, lineWidth(i));
    return widest;
}

std::string TextBlock::lineText(int i) const {
    PangoLayoutLine* line = pango_layout_get_line_readonly(impl_->layout.get(), i);
    if (!line) return {};
    std::string_view all = pango_layout_get_text(impl_->layout.get());
    const auto start = static_cast<std::size_t>(line->start_index);
    std::string_view text = all.substr(std::min(start, all.size()),
                                       static_cast<std::size_t>(std::max(line->length, 0)));
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return std::string(text);
}

void TextBlock::drawLine(cairo_t* cr, int i, double x, double top, Align align) const {
    PangoLayoutLine* line = pango_layout_get_line_readonly(impl_->layout.get(), i);
    if (!line || line->length == 0) return;
    const TextStyle& style = impl_->style;
    const double left = align == Align::Right ? x - lineWidth(i) : x;
    cairo_save(cr);
    cairo_set_source_rgb(cr, style.gray, style.gray, style.gray);
    cairo_move_to(cr, left, top + style.size * kBaselineFactor);
    pango_cairo_show_layout_line(cr, line);
    cairo_restore(cr);
}

void TextBlock::draw(cairo_t* cr, double x, double top, Align align) const {
    for (int i = 0; i < lines(); ++i) drawLine(cr, i, x, top + i * lineHeight(), align);
}

double textWidth(cairo_t* cr, const std::string& text, const TextStyle& style) {
    return TextBlock(cr, text, style, 0).width();
}

std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, const TextStyle& style,
                                  double width) {
    const TextBlock block(cr, text, style, width);
    std::vector<std::string> lines;
    for (int i = 0; i < block.lines(); ++i) lines.push_back(block.lineText(i));
    return lines;
}

}  // namespace print
