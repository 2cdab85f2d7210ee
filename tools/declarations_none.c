/*
 * declarations_none.c -- an empty snapshot of declarations
 * (declarations.h), linked into the build tool that makes the real one
 * (tools/declare.c): every rule file is then run, as the snapshot records.
 */
#include "declarations.h"

const char lx_declared_bytes[1];
const lx_packed_obligation lx_packed_obligations[1];
const int lx_packed_items[1];
const lx_packed_not_encoded lx_packed_omissions[1];
const lx_packed_file lx_packed_files[1];
const size_t lx_declared_file_count = 0;
const lx_declared_descriptor lx_declared_descriptors[1];
const int lx_packed_facts[1];
const size_t lx_declared_fact_count = 0;
const int lx_declared_facts_in_bundled_model = 0;
const size_t lx_declared_descriptor_count = 0;
