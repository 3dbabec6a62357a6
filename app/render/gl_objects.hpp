#pragma once
// RAII owners for OpenGL objects. Each wraps one GLuint and deletes it when destroyed; they
// are move-only. All require a current GL context for construction and destruction.

#include <epoxy/gl.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace render {

class RenderError : public std::runtime_error {
public:
    explicit RenderError(const std::string& message) : std::runtime_error(message) {}
};

template <void (*Delete)(GLuint)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : id_(id) {}
    ~GlHandle() {
        if (id_) Delete(id_);
    }
    GlHandle(GlHandle&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            if (id_) Delete(id_);
            id_ = std::exchange(o.id_, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    GLuint id() const { return id_; }
    explicit operator bool() const { return id_ != 0; }

private:
    GLuint id_ = 0;
};

namespace detail {
inline void deleteBuffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void deleteVertexArray(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void deleteTexture(GLuint id) { glDeleteTextures(1, &id); }
inline void deleteFramebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void deleteRenderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void deleteProgram(GLuint id) { glDeleteProgram(id); }
inline void deleteShader(GLuint id) { glDeleteShader(id); }
}  // namespace detail

using GlBuffer = GlHandle<detail::deleteBuffer>;
using GlVertexArray = GlHandle<detail::deleteVertexArray>;
using GlTexture = GlHandle<detail::deleteTexture>;
using GlFramebuffer = GlHandle<detail::deleteFramebuffer>;
using GlRenderbuffer = GlHandle<detail::deleteRenderbuffer>;
using GlProgram = GlHandle<detail::deleteProgram>;
using GlShader = GlHandle<detail::deleteShader>;

inline GlBuffer makeBuffer() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return GlBuffer(id);
}
inline GlVertexArray makeVertexArray() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return GlVertexArray(id);
}
inline GlTexture makeTexture() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return GlTexture(id);
}
inline GlFramebuffer makeFramebuffer() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return GlFramebuffer(id);
}
inline GlRenderbuffer makeRenderbuffer() {
    GLuint id = 0;
    glGenRenderbuffers(1, &id);
    return GlRenderbuffer(id);
}

// Compiles and links shaders/<vertexName> and shaders/<fragmentName> (embedded at build time).
// Throws RenderError with the driver's info log when compiling or linking fails.
GlProgram compileProgram(const std::string& vertexName, const std::string& fragmentName);

}  // namespace render
