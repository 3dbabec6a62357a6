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
inline void deleteBuffer(GLuint id) {
    glDeleteBuffers(1, &id);
}
inline void deleteVertexArray(GLuint id) {
    glDeleteVertexArrays(1, &id);
}
inline void deleteTexture(GLuint id) {
    glDeleteTextures(1, &id);
}
inline void deleteFramebuffer(GLuint id) {
    glDeleteFramebuffers(1, &id);
}
inline void deleteRenderbuffer(GLuint id) {
    glDeleteRenderbuffers(1, &id);
}
inline void deleteProgram(GLuint id) {
    glDeleteProgram(id);
}
inline void deleteShader(GLuint id) {
    glDeleteShader(id);
}
}  // namespace detail

using GlBuffer = GlHandle<detail::deleteBuffer>;
using GlVertexArray = GlHandle<detail::deleteVertexArray>;
using GlTexture = GlHandle<detail::deleteTexture>;
using GlFramebuffer = GlHandle<detail::deleteFramebuffer>;
using GlRenderbuffer = GlHandle<detail::deleteRenderbuffer>;
using GlProgram = GlHandle<detail::deleteProgram>;
using GlShader = GlHandle<detail::deleteShader>;

namespace detail {
template <typename Handle, void (*Generate)(GLsizei, GLuint*)>
Handle generate() {
    GLuint id = 0;
    Generate(1, &id);
    return Handle(id);
}
inline void genBuffers(GLsizei n, GLuint* ids) {
    glGenBuffers(n, ids);
}
inline void genVertexArrays(GLsizei n, GLuint* ids) {
    glGenVertexArrays(n, ids);
}
inline void genTextures(GLsizei n, GLuint* ids) {
    glGenTextures(n, ids);
}
inline void genFramebuffers(GLsizei n, GLuint* ids) {
    glGenFramebuffers(n, ids);
}
inline void genRenderbuffers(GLsizei n, GLuint* ids) {
    glGenRenderbuffers(n, ids);
}
}  // namespace detail

inline GlBuffer makeBuffer() {
    return detail::generate<GlBuffer, detail::genBuffers>();
}
inline GlVertexArray makeVertexArray() {
    return detail::generate<GlVertexArray, detail::genVertexArrays>();
}
inline GlTexture makeTexture() {
    return detail::generate<GlTexture, detail::genTextures>();
}
inline GlFramebuffer makeFramebuffer() {
    return detail::generate<GlFramebuffer, detail::genFramebuffers>();
}
inline GlRenderbuffer makeRenderbuffer() {
    return detail::generate<GlRenderbuffer, detail::genRenderbuffers>();
}

// Compiles and links shaders/<vertexName> and shaders/<fragmentName> (embedded at build time).
// Throws RenderError with the driver's info log when compiling or linking fails.
GlProgram compileProgram(const std::string& vertexName, const std::string& fragmentName);

}  // namespace render
