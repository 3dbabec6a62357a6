#pragma once
// Rendering without a window: an EGL context on Mesa's surfaceless platform (no display
// server needed), framebuffers of any size the driver allows, reading pixels back, PNG output.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/render/gl_objects.hpp"
#include "app/render/png.hpp"

namespace render {

// An OpenGL 3.3 core context with no surface, current on the calling thread while it lives.
class HeadlessGlContext {
  public:
    // Throws RenderError saying which EGL step failed (no EGL, no surfaceless platform, ...).
    HeadlessGlContext();
    ~HeadlessGlContext();
    HeadlessGlContext(const HeadlessGlContext&) = delete;
    HeadlessGlContext& operator=(const HeadlessGlContext&) = delete;
    std::string renderer() const;  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A colour framebuffer to render into, optionally multisampled (then with a single-sampled
// one it resolves into). The map renderer anti-aliases analytically, so one sample is the
// default. Requires a current GL context. Throws RenderError when the size exceeds the
// driver's limits.
class OffscreenTarget {
  public:
    OffscreenTarget(int width, int height, int samples = 1);
    // Binds the framebuffer for drawing.
    void bind() const;
    // Resolves the samples and reads the image back (flipped to top-down rows). Leaves the
    // default framebuffer bound.
    Image read() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    int width_, height_;
    GlFramebuffer msFbo_, resolveFbo_;
    GlRenderbuffer msColor_, resolveColor_;
};

}  // namespace render
