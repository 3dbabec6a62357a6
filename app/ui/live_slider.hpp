#pragma once
// Sliders whose value lives in the window while they are held. ImGui sliders write into a
// variable every frame; a panel that re-reads the project every frame throws the drag away (the
// "Radius r" slider could neither be dragged nor clicked). Here the held value is kept in `live`
// from the first frame the slider changes it until it is let go; only then is the new value
// handed back, once, for one undoable edit. The value's text is formatted by the caller in the
// user's language ("10,0 km" / "10.0 km"), not by ImGui's printf ('.' only).

#include <functional>
#include <optional>
#include <string>

namespace ui {

// `text` made safe as an ImGui format string: every '%' doubled ("84,8 %" -> "84,8 %%").
std::string literalFormat(const std::string& text);

// A float slider whose text is `text` (already formatted; '%' allowed), its value rounded to
// multiples of `step`. Ctrl+click text input is off (ImGui would parse '.' decimals only).
// Returns true when the value changed this frame.
bool textSlider(const char* label, float& value, float min, float max, float step,
                const std::string& text);

// A slider from `min` to `max` showing `shown(value)`, holding the value in `live` while it is
// held. `stored`: the value in the project, shown while the slider is not held. Returns the
// value to write when the slider is let go after a change (click or drag) that differs from
// `stored`, once; nullopt otherwise. Meanwhile `live` is the value for everything that follows
// the slider at once (the map, the ranking).
std::optional<float> liveSlider(const char* label, std::optional<float>& live, float stored,
                                float min, float max, float step,
                                const std::function<std::string(float)>& shown);

// The live-value rule without ImGui: this frame the slider showed `value` (changed it when
// `edited`) and is held (`active`) or not. Returns the value to write, once, when it is not
// held any more; `live` is reset then.
std::optional<float> followSlider(std::optional<float>& live, float stored, float value,
                                  bool edited, bool active);

}  // namespace ui
