# Install rules and the Debian package (issue 12): `cmake --install build` or, for users,
# `cpack -G DEB` in the build folder -> begegnungskarte_<version>_amd64.deb.
#
# At run time the program reads nothing from the source or build tree: the shaders are
# embedded (shaders/embed.cmake), fonts come through fontconfig, and the population table and
# the templates are files the user names on the command line. They are installed to
# <datadir>/begegnungskarte so an installed program has them at a fixed place (man page, FILES).
include(GNUInstallDirs)

set(BK_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/begegnungskarte)
# Where the package puts things; the man page names these paths.
set(BK_PACKAGE_PREFIX /usr)

# begegnungskarte-cli beside it: the commands without the window and without GDAL, handing
# the GDAL ones to begegnungskarte in the same folder (app/cli/full_program.hpp).
install(TARGETS begegnungskarte begegnungskarte-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Run-time data: the population table and the applications templates (CSV and, where there is
# one, the XLSX template).
file(GLOB BK_TEMPLATES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/bewerbungen-*.csv
     ${PROJECT_SOURCE_DIR}/data/bewerbungen-*.xlsx)
install(FILES ${PROJECT_SOURCE_DIR}/data/bevoelkerung-zensus2022.csv ${BK_TEMPLATES}
        DESTINATION ${BK_INSTALL_DATADIR})

# The desktop: entry, AppStream metainfo, icons (SVG and PNG renders of it, data/icons), and the
# GeoPackage media type so file managers offer the program for *.gpkg.
install(FILES ${PROJECT_SOURCE_DIR}/data/begegnungskarte.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/data/de.kreis_dueren.begegnungskarte.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/data/begegnungskarte-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME begegnungskarte.xml)
install(FILES ${PROJECT_SOURCE_DIR}/data/icons/begegnungskarte.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${PROJECT_SOURCE_DIR}/data/icons/begegnungskarte-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME begegnungskarte.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/begegnungskarte)  # DOCDIR would say "Begegnungskarte"

# The man page, made from --help and --version by help2man once the program is built. Without
# help2man (or in a fuzzing or cross build, whose program cannot run here) there is none.
option(BK_MANPAGE "Generate and install the man page (needs help2man)" ON)
find_program(BK_HELP2MAN help2man)
find_program(BK_GZIP gzip)
if(BK_MANPAGE AND NOT BK_FUZZ AND NOT CMAKE_CROSSCOMPILING AND BK_HELP2MAN AND BK_GZIP)
  set(BK_MAN_DATADIR ${BK_PACKAGE_PREFIX}/${BK_INSTALL_DATADIR})
  configure_file(${PROJECT_SOURCE_DIR}/data/begegnungskarte-man.h2m.in
                 ${PROJECT_BINARY_DIR}/begegnungskarte-man.h2m @ONLY)
  set(BK_MAN ${PROJECT_BINARY_DIR}/begegnungskarte.1)
  add_custom_command(
    OUTPUT ${BK_MAN}.gz
    COMMAND ${BK_HELP2MAN} --no-info --section=1 --include=${PROJECT_BINARY_DIR}/begegnungskarte-man.h2m
            --output=${BK_MAN} $<TARGET_FILE:begegnungskarte>
    # -n: no time stamp in the archive, so the same build gives the same package.
    COMMAND ${BK_GZIP} -n -9 -f ${BK_MAN}
    DEPENDS begegnungskarte ${PROJECT_BINARY_DIR}/begegnungskarte-man.h2m
    COMMENT "Man page from --help (help2man)"
    VERBATIM)
  add_custom_target(bk_manpage ALL DEPENDS ${BK_MAN}.gz)
  install(FILES ${BK_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
elseif(BK_MANPAGE)
  message(STATUS "help2man not found: no man page (apt-get install help2man)")
endif()

# The Debian package. Dependencies on the shared libraries come from dpkg-shlibdeps; what the
# program loads without linking it is named here: the fonts it asks fontconfig for (DejaVu Sans)
# and Mesa's EGL and software renderer, which `snapshot` uses without a display.
set(BK_PACKAGE_MAINTAINER
    "Begegnungskarte maintainers <maintainers@users.noreply.r-seed-efa683b7.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME begegnungskarte)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Begegnungskarte")
set(CPACK_PACKAGE_CONTACT "${BK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX ${BK_PACKAGE_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "choose where to fund meeting places in a district")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libegl-mesa0, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
# CPack puts the summary above this and wraps the lines as Debian wants them.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Begegnungskarte (\"map of meeting places\") helps a district's committee decide \
where to fund community meeting places: the district's real municipal boundaries, the \
applications imported from a spreadsheet, the members' scores, a ranking of the sets of \
places by merit and by the population they reach, map sheets (PNG, PDF, SVG), a decision \
report, and a tamper-evident audit log, all in one GeoPackage project file. The user \
interface speaks German and English.")
include(CPack)
