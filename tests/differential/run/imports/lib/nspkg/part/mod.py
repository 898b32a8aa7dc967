name = "nspkg.part.mod"
