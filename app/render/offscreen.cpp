#include "app/render/offscreen.hpp"

#include <epoxy/egl.h>
#include <png.h>

#include <cstdio>
#include <cstring>
#include <filesystem>

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
        throw RenderError("EGL has no surfaceless platform (EGL_MESA_platform_surfaceless); "
                          "install Mesa's EGL (libegl-mesa0)");
    impl_->display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY,
                                              nullptr);
    if (impl_->display == EGL_NO_DISPLAY)
        throw RenderError("Cannot open the EGL surfaceless display: " + eglErrorText());
    EGLint major = 0, minor = 0;
    if (!eglInitialize(impl_->display, &major, &minor))
        throw RenderError("Cannot initialise EGL: " + eglErrorText());
    if (!eglBindAPI(EGL_OPENGL_API)) throw RenderError("EGL has no desktop OpenGL: " + eglErrorText());
    const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    bool haveConfig = eglChooseConfig(impl_->display, configAttribs, &config, 1, &count) && count > 0;
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                     EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
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
            throw RenderError("Cannot create an offscreen framebuffer of " +
                              std::to_string(width) + "x" + std::to_string(height) +
                              " pixels (out of graphics memory?)");
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
    Image img{width_, height_, std::vector<std::uint8_t>(static_cast<size_t>(width_) * height_ * 4)};
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

namespace {

struct PngWriteGuard {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngWriteGuard() {
        if (png) png_destroy_write_struct(&png, info ? &info : nullptr);
    }
};

struct PngReadGuard {
    png_structp png = nullptr;
    png_infop info = nullptr;
    FILE* fp = nullptr;
    ~PngReadGuard() {
        if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        if (fp) std::fclose(fp);
    }
};

// Encodes into an open file; false when libpng reports an error (it longjmps here, so this
// function keeps no local state that would need to survive the jump).
bool encodePng(FILE* fp, const Image& image,
               const std::vector<std::pair<std::string, std::string>>& text, int compression) {
    PngWriteGuard g;
    g.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    g.info = g.png ? png_create_info_struct(g.png) : nullptr;
    if (!g.png || !g.info || setjmp(png_jmpbuf(g.png)) != 0) return false;
    png_init_io(g.png, fp);
    png_set_IHDR(g.png, g.info, static_cast<png_uint_32>(image.width),
                 static_cast<png_uint_32>(image.height), 8, PNG_COLOR_TYPE_RGBA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(g.png, compression);
    // The "up" filter suits maps (large flat areas) and costs little time.
    png_set_filter(g.png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    std::vector<png_text> chunks;
    for (const auto& [key, value] : text) {
        png_text t{};
        t.compression = PNG_ITXT_COMPRESSION_NONE;  // UTF-8 (©, ä) needs iTXt
        t.key = const_cast<char*>(key.c_str());
        t.text = const_cast<char*>(value.c_str());
        t.itxt_length = value.size();
        chunks.push_back(t);
    }
    if (!chunks.empty()) png_set_text(g.png, g.info, chunks.data(), static_cast<int>(chunks.size()));
    png_write_info(g.png, g.info);
    for (int y = 0; y < image.height; ++y)
        png_write_row(g.png, image.rgba.data() + static_cast<size_t>(y) * image.width * 4);
    png_write_end(g.png, g.info);
    return true;
}

}  // namespace

void writePng(const Image& image, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& text, int compression) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path tmp = target.parent_path() / ("." + target.filename().string() + ".tmp");
    FILE* fp = std::fopen(tmp.c_str(), "wb");
    if (!fp) throw RenderError(path + ": cannot write here (" + std::strerror(errno) + ")");
    bool ok = encodePng(fp, image, text, compression);
    ok = (std::fclose(fp) == 0) && ok;
    std::error_code ec;
    if (ok) fs::rename(tmp, target, ec);
    if (!ok || ec) {
        fs::remove(tmp, ec);
        throw RenderError(path + ": writing the PNG failed" + (ec ? " (" + ec.message() + ")" : ""));
    }
}

Image readPng(const std::string& path) {
    PngReadGuard g;
    g.fp = std::fopen(path.c_str(), "rb");
    if (!g.fp) throw RenderError(path + ": cannot open");
    g.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    g.info = g.png ? png_create_info_struct(g.png) : nullptr;
    Image img;
    if (!g.png || !g.info || setjmp(png_jmpbuf(g.png)) != 0)
        throw RenderError(path + ": not a readable PNG");
    png_init_io(g.png, g.fp);
    png_read_info(g.png, g.info);
    png_set_expand(g.png);
    png_set_strip_16(g.png);
    png_set_gray_to_rgb(g.png);
    png_set_add_alpha(g.png, 0xFF, PNG_FILLER_AFTER);
    png_read_update_info(g.png, g.info);
    img.width = static_cast<int>(png_get_image_width(g.png, g.info));
    img.height = static_cast<int>(png_get_image_height(g.png, g.info));
    img.rgba.resize(static_cast<size_t>(img.width) * img.height * 4);
    std::vector<png_bytep> rows(static_cast<size_t>(img.height));
    for (int y = 0; y < img.height; ++y)
        rows[static_cast<size_t>(y)] = img.rgba.data() + static_cast<size_t>(y) * img.width * 4;
    png_read_image(g.png, rows.data());
    return img;
}

}  // namespace render
