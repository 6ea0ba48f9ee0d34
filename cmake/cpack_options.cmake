# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): the .deb
# installs under /usr, while the tarball keeps bin/ and share/ at its top.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
