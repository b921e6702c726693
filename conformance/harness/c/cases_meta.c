/* docs, layout_check */
#include "common.h"

#include <stdalign.h>

CASE(docs, items) {
    CHECK_HEADER_CONTAINS("Reference library for the polybind conformance suite");
    CHECK_HEADER_CONTAINS("Echoes an unsigned byte back to the caller");
    CHECK_HEADER_CONTAINS("The largest batch the library accepts");
    CHECK_HEADER_CONTAINS("Receives log lines; implemented by the foreign side");
}

CASE(docs, members) {
    CHECK_HEADER_CONTAINS("Horizontal coordinate, in metres");
    CHECK_HEADER_CONTAINS("The colour of grass");
    CHECK_HEADER_CONTAINS("Reads the current value of the counter");
}

/* This file compiling at all is half of the case: the doc holds a comment terminator. */
CASE(docs, comment_terminator) {
    CHECK_HEADER_CONTAINS("must not end the C comment early");
    CHECK_HEADER_CONTAINS("Its fields have every alignment, so the C struct has padding");
}

CASE(layout, verify_interface) {
    const char *problem = conformance_verify_interface();
    if (problem != NULL) {
        FAIL("conformance_verify_interface() reports: %s", problem);
    }
}

#define LAYOUT_OF(T) (((uint64_t)sizeof(T) << 16) | (uint64_t)alignof(T))

CASE(layout, records) {
    CHECK_EQ_U64(conformance_layout_point(), LAYOUT_OF(ConformancePoint));
    CHECK_EQ_U64(conformance_layout_pixel(), LAYOUT_OF(ConformancePixel));
    CHECK_EQ_U64(conformance_layout_packet(), LAYOUT_OF(ConformancePacket));
    CHECK_EQ_U64(conformance_layout_styled(), LAYOUT_OF(ConformanceStyled));
    CHECK_EQ_U64(conformance_layout_marker(), LAYOUT_OF(ConformanceMarker));
    CHECK_EQ_U64(conformance_layout_line(), LAYOUT_OF(ConformanceLine));
    CHECK_EQ_U64(conformance_layout_address(), LAYOUT_OF(ConformanceAddress));
    CHECK_EQ_U64(conformance_layout_person(), LAYOUT_OF(ConformancePerson));
    CHECK_EQ_U64(conformance_layout_polygon(), LAYOUT_OF(ConformancePolygon));
    CHECK_EQ_U64(conformance_layout_team(), LAYOUT_OF(ConformanceTeam));
    CHECK_EQ_U64(conformance_layout_pixel(), (4u << 16) | 1u);
    CHECK_EQ_U64(conformance_layout_point(), (16u << 16) | 8u);
}

/* C-like enums have no layout function: they are int32_t by definition. */
CASE(layout, enums) {
    CHECK_EQ_U64(LAYOUT_OF(ConformanceColor), LAYOUT_OF(int32_t));
    CHECK_EQ_U64(LAYOUT_OF(ConformanceLevel), LAYOUT_OF(int32_t));
    CHECK_EQ_U64(conformance_layout_shape(), LAYOUT_OF(ConformanceShape));
    CHECK_EQ_U64(conformance_layout_message(), LAYOUT_OF(ConformanceMessage));
    CHECK_EQ_U64(conformance_layout_math_error(), LAYOUT_OF(ConformanceMathError));
    CHECK_EQ_U64(conformance_layout_parse_error(), LAYOUT_OF(ConformanceParseError));
    CHECK_EQ_U64(conformance_layout_age_error(), LAYOUT_OF(ConformanceAgeError));
}

CASE(layout, checksums) {
    const uint64_t sums[] = {
        conformance_checksum_fn_echo_u8(),      conformance_checksum_fn_echo_u16(),
        conformance_checksum_method_counter_get(), conformance_checksum_type_point(),
        conformance_checksum_type_counter(),    conformance_checksum_type_logger(),
    };
    for (size_t i = 0; i < COUNT(sums); i++) {
        CHECK(sums[i] != 0);
        for (size_t j = 0; j < i; j++) {
            CHECK(sums[i] != sums[j]);
        }
    }
    CHECK_EQ_U64(conformance_checksum_fn_echo_u8(), sums[0]);
    CHECK_EQ_U64(conformance_checksum_type_point(), sums[3]);
}
