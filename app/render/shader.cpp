#include <algorithm>
#include <string>
#include <vector>

#include "app/render/gl_objects.hpp"
#include "shaders/embedded.hpp"

namespace render {
namespace {

// The info log of a shader or program (getIv / getLog: glGetShaderiv / glGetShaderInfoLog or
// the program variants).
template <typename GetIv, typename GetLog>
std::string infoLog(GLuint id, GetIv getIv, GetLog getLog) {
    GLint length = 0;
    getIv(id, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<size_t>(std::max(length, 1)));
    getLog(id, length, nullptr, log.data());
    return log.data();
}

GlShader compile(GLenum type, const std::string& name) {
    std::string_view text = bk::shaders::source(name);
    if (text.empty()) throw RenderError("Shader '" + name + "' is not embedded in the program");
    GlShader shader(glCreateShader(type));
    const char* src = text.data();
    auto len = static_cast<GLint>(text.size());
    glShaderSource(shader.id(), 1, &src, &len);
    glCompileShader(shader.id());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
    if (!ok)
        throw RenderError("Shader '" + name + "' does not compile:\n" +
                          infoLog(shader.id(), glGetShaderiv, glGetShaderInfoLog));
    return shader;
}

}  // namespace

GlProgram compileProgram(const std::string& vertexName, const std::string& fragmentName) {
    GlShader vs = compile(GL_VERTEX_SHADER, vertexName);
    GlShader fs = compile(GL_FRAGMENT_SHADER, fragmentName);
    GlProgram program(glCreateProgram());
    glAttachShader(program.id(), vs.id());
    glAttachShader(program.id(), fs.id());
    glLinkProgram(program.id());
    GLint ok = GL_FALSE;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok)
        throw RenderError("Shaders '" + vertexName + "' + '" + fragmentName + "' do not link:\n" +
                          infoLog(program.id(), glGetProgramiv, glGetProgramInfoLog));
    return program;
}

}  // namespace render
