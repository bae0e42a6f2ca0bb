# Installs recopsd's systemd unit, default configuration and sysusers.d entry (component
# server). Runs at install time, when the prefix is known: cpack installs with /usr, and then
# the Debian paths apply (/etc, /lib/systemd/system, /usr/lib/sysusers.d); any other prefix
# keeps everything below it (<prefix>/etc, <prefix>/lib/systemd/system, ...), which systemd
# also searches for /usr/local. The template paths come from install(CODE) in CMakeLists.txt.
# file(INSTALL) puts $DESTDIR (cpack's staging directory) in front of absolute destinations.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(sysconf_dir /etc)
  set(unit_dir /lib/systemd/system)
else()
  set(sysconf_dir ${CMAKE_INSTALL_PREFIX}/etc)
  set(unit_dir ${CMAKE_INSTALL_PREFIX}/lib/systemd/system)
endif()
set(sysusers_dir ${CMAKE_INSTALL_PREFIX}/lib/sysusers.d)

set(RECOPS_SBINDIR ${CMAKE_INSTALL_PREFIX}/sbin)
set(RECOPS_CONFIG_FILE ${sysconf_dir}/recopsd/recopsd.toml)
set(staged_unit ${CMAKE_CURRENT_BINARY_DIR}/recopsd.service)
configure_file(${RECOPS_SERVICE_TEMPLATE} ${staged_unit} @ONLY)

file(INSTALL ${staged_unit} DESTINATION ${unit_dir}
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(INSTALL ${RECOPS_SYSUSERS_FILE} DESTINATION ${sysusers_dir}
  RENAME recopsd.conf FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# A configuration the operator already edited stays: dpkg handles that for the package (it is
# a conffile), and a reinstall from source must not overwrite it either.
if(EXISTS "${RECOPS_CONFIG_FILE}" AND "$ENV{DESTDIR}" STREQUAL "")
  message(STATUS "Keeping: ${RECOPS_CONFIG_FILE}")
else()
  file(INSTALL ${RECOPS_CONFIG_TEMPLATE} DESTINATION ${sysconf_dir}/recopsd
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endif()
