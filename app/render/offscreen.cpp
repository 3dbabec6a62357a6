#include "app/render/offscreen.hpp"

#include <epoxy/egl.h>

#include <cstdio>
#include <cstring>

namespace render {

namespace {

std::string eglErrorText() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "EGL error 0x%04X", eglGetError());
    return buf;
}

}  // namespace

struct HeadlessGlContext::Impl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
};

HeadlessGlContext::HeadlessGlContext() : impl_(std::make_unique<Impl>()) {
    if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless"))
        throw RenderError(
            "EGL has no surfaceless platform (EGL_MESA_platform_surfaceless); "
            "install Mesa's EGL (libegl-mesa0)");
    impl_->display =
        eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (impl_->display == EGL_NO_DISPLAY)
        throw RenderError("Cannot open the EGL surfaceless display: " + eglErrorText());
    EGLint major = 0, minor = 0;
    if (!eglInitialize(impl_->display, &major, &minor))
        throw RenderError("Cannot initialise EGL: " + eglErrorText());
    if (!eglBindAPI(EGL_OPENGL_API))
        throw RenderError("EGL has no desktop OpenGL: " + eglErrorText());
    const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    bool haveConfig =
        eglChooseConfig(impl_->display, configAttribs, &config, 1, &count) && count > 0;
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                     3,
                                     EGL_CONTEXT_MINOR_VERSION,
                                     3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                     EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_NONE};
    // Surfaceless contexts need no config (EGL_KHR_no_config_context) when none matches.
    impl_->context = eglCreateContext(impl_->display, haveConfig ? config : EGL_NO_CONFIG_KHR,
                                      EGL_NO_CONTEXT, contextAttribs);
    if (impl_->context == EGL_NO_CONTEXT) {
        eglTerminate(impl_->display);
        throw RenderError("Cannot create an OpenGL 3.3 core context through EGL: " +
                          eglErrorText());
    }
    if (!eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, impl_->context)) {
        eglDestroyContext(impl_->display, impl_->context);
        eglTerminate(impl_->display);
        throw RenderError("Cannot make the EGL context current: " + eglErrorText());
    }
}

HeadlessGlContext::~HeadlessGlContext() {
    eglMakeCurrent(impl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(impl_->display, impl_->context);
    eglTerminate(impl_->display);
}

std::string HeadlessGlContext::renderer() const {
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return r ? r : "unknown";
}

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height) {
    GLint maxSize = 0, maxSamples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    if (width < 1 || height < 1 || width > maxSize || height > maxSize)
        throw RenderError("Image size " + std::to_string(width) + "x" + std::to_string(height) +
                          " is outside what the graphics driver allows (1 to " +
                          std::to_string(maxSize) + " pixels per side)");
    samples = std::min(samples, maxSamples);
    auto makeTarget = [&](GlFramebuffer& fbo, GlRenderbuffer& rb, int s) {
        fbo = makeFramebuffer();
        rb = makeRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, rb.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb.id());
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
            throw RenderError("Cannot create an offscreen framebuffer of " + std::to_string(width) +
                              "x" + std::to_string(height) + " pixels (out of graphics memory?)");
    };
    if (samples > 1) makeTarget(msFbo_, msColor_, samples);
    makeTarget(resolveFbo_, resolveColor_, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_ ? msFbo_.id() : resolveFbo_.id());
}

Image OffscreenTarget::read() const {
    if (msFbo_) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_.id());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_.id());
        glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                          GL_NEAREST);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_.id());
    Image img{width_, height_,
              std::vector<std::uint8_t>(static_cast<size_t>(width_) * height_ * 4)};
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // OpenGL's rows run bottom to top; images run top to bottom.
    size_t row = static_cast<size_t>(width_) * 4;
    std::vector<std::uint8_t> tmp(row);
    for (int y = 0; y < height_ / 2; ++y) {
        std::uint8_t* a = img.rgba.data() + static_cast<size_t>(y) * row;
        std::uint8_t* b = img.rgba.data() + static_cast<size_t>(height_ - 1 - y) * row;
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    return img;
}

}  // namespace render
