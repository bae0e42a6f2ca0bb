# Two Debian packages from one build: `cpack` in the build directory (after the build) writes
#   recopsd_<version>-<release>_<arch>.deb         install component "server"
#   recops-console_<version>-<release>_<arch>.deb  install component "console"
# Dependencies on shared libraries come from dpkg-shlibdeps; what the programs load at run time
# without linking it (Qt plugins, adduser in the maintainer scripts) is listed by hand.
# Included from the top-level CMakeLists.txt, after every install rule.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME recops)
set(CPACK_PACKAGE_VENDOR "The RecOps Authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${RECOPS_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY recops)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Installing must not build: the packaging test runs cpack on a finished build, and a build
# started from inside ctest would race with the tests that run the binaries.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL)
if(RECOPS_BUILD_SERVER)
  list(APPEND CPACK_COMPONENTS_ALL server)
endif()
if(RECOPS_BUILD_CONSOLE)
  list(APPEND CPACK_COMPONENTS_ALL console)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${RECOPS_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Maintainer scripts 0755 and other control files 0644 whatever the checkout's modes are.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME recopsd)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# adduser: postinst creates the recopsd user; procps: /bin/kill, which ExecReload runs (a
# minimal Debian lacks it). The generated library dependencies are added to these.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, procps")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "prometheus, recops-console")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/packaging/recopsd/conffiles
  ${PROJECT_SOURCE_DIR}/packaging/recopsd/postinst
  ${PROJECT_SOURCE_DIR}/packaging/recopsd/prerm
  ${PROJECT_SOURCE_DIR}/packaging/recopsd/postrm)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
  "RecOps recommendation server
recopsd stores events and the item catalog, trains recommendation models,
retrieves candidates by vector search, ranks them and serves recommendations
over HTTP/JSON. It keeps a model registry, exports Prometheus metrics and
holds the operations state a team shares: SLO windows, alerts, escalation
policies, backups and incidents.

This package runs recopsd as a hardened systemd service (recopsd.service)
under its own system user, with its data in /var/lib/recopsd and its
configuration in /etc/recopsd/recopsd.toml.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME recops-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION admin)
# Qt loads these as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver keeps the
# local runbook journal and connection profiles, the SVG plugins draw the icons.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Translations of Qt's own dialogs; the console's own translations are built in.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# A Secret Service provider keeps API tokens in the keyring; without one the console keeps a
# token for the session only.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, recopsd")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
  "operations console for the RecOps recommendation server
recops-console is the desktop console for the people who run recopsd:
site reliability engineers and machine learning engineers. It shows service
health, latency and errors against the service level objectives, the alert
queue, model registry stages, backup status and escalation contacts, and it
runs guided runbooks that call recopsd step by step and record a timeline.

Connection profiles keep their API tokens in the system keyring.")

include(CPack)
