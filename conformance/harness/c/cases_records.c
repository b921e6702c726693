/* records, nested_records */
#include "common.h"

CASE(records, point) {
    ConformancePoint p = {0};
    CHECK_OK(conformance_echo_point((ConformancePoint){.x = 1.5, .y = -2}, &p));
    CHECK_EQ_F64(p.x, 1.5);
    CHECK_EQ_F64(p.y, -2);
    double d = 0;
    CHECK_OK(conformance_distance((ConformancePoint){.x = 0, .y = 0}, (ConformancePoint){.x = 3, .y = 4}, &d));
    CHECK_EQ_F64(d, 5);
}

CASE(records, padded) {
    ConformancePacket in = {
        .flag = true, .id = UINT64_MAX, .kind = 255, .value = INT16_MIN, .ratio = 0.25f, .size = SIZE_MAX, .offset = INTPTR_MIN};
    ConformancePacket out = {0};
    CHECK_OK(conformance_echo_packet(in, &out));
    CHECK(out.flag == true);
    CHECK_EQ_U64(out.id, UINT64_MAX);
    CHECK_EQ_U64(out.kind, 255);
    CHECK_EQ_I64(out.value, INT16_MIN);
    CHECK_EQ_F64(out.ratio, 0.25);
    CHECK(out.size == SIZE_MAX);
    CHECK(out.offset == INTPTR_MIN);
    ConformancePacket p = {.flag = false, .id = UINT64_MAX, .kind = 200, .value = -2, .ratio = 0.5f, .size = 7, .offset = -7};
    CHECK_OK(conformance_bump_packet(p, &out));
    CHECK(out.flag == true);
    CHECK_EQ_U64(out.id, 0);
    CHECK_EQ_U64(out.kind, 144);
    CHECK_EQ_I64(out.value, -2);
    CHECK_EQ_F64(out.ratio, 0.5);
    CHECK_EQ_U64(out.size, 7);
    CHECK_EQ_I64(out.offset, -7);
}

CASE(records, enum_fields) {
    ConformanceStyled in = {
        .color = CONFORMANCE_COLOR_BLUE,
        .level = CONFORMANCE_LEVEL_LOW,
        .shape = {.tag = CONFORMANCE_SHAPE_RECT, .payload.rect = {.f0 = 2, .f1 = 3}},
    };
    ConformanceStyled out = {0};
    CHECK_OK(conformance_echo_styled(in, &out));
    CHECK_EQ_I64(out.color, CONFORMANCE_COLOR_BLUE);
    CHECK_EQ_I64(out.level, CONFORMANCE_LEVEL_LOW);
    CHECK_EQ_I64(out.shape.tag, CONFORMANCE_SHAPE_RECT);
    CHECK_EQ_F64(out.shape.payload.rect.f0, 2);
    CHECK_EQ_F64(out.shape.payload.rect.f1, 3);
}

CASE(records, string_field) {
    ConformanceMarker m = {0};
    ConformanceOptionPoint at = {.is_some = true, .value = {.x = 1.5, .y = -2}};
    CHECK_OK(conformance_make_marker(STR("home"), at, &m));
    CHECK_STRING(m.label, "home");
    CHECK(m.position.is_some);
    CHECK_EQ_F64(m.position.value.x, 1.5);
    CHECK_EQ_F64(m.position.value.y, -2);
    ConformanceString text = {0};
    ConformanceStatus st = conformance_describe_marker(m, &text);
    conformance_marker_free(&m);
    CHECK_EMPTY(m.label);
    conformance_marker_free(&m);
    CHECK_OK(st);
    CHECK_STRING(text, "home at (1.5, -2)");
    conformance_string_free(&text);
    ConformanceMarker lost = {.label = string_view("lost"), .position = {.is_some = false}};
    CHECK_OK(conformance_describe_marker(lost, &text));
    CHECK_STRING(text, "lost nowhere");
    conformance_string_free(&text);
}

CASE(nested, line) {
    ConformanceLine line = {.start = {.x = 1, .y = 1}, .end = {.x = 4, .y = 5}};
    double len = 0;
    CHECK_OK(conformance_line_length(line, &len));
    CHECK_EQ_F64(len, 5);
    ConformanceLine back = {0};
    CHECK_OK(conformance_reverse_line(line, &back));
    CHECK(back.start.x == 4 && back.start.y == 5 && back.end.x == 1 && back.end.y == 1);
}

CASE(nested, person_out) {
    ConformancePerson p = {0};
    CHECK_OK(conformance_make_person(STR("Ann"), 33, &p));
    CHECK_STRING(p.name, "Ann");
    CHECK_EQ_U64(p.age, 33);
    CHECK_EQ_U64(p.tags.len, 1);
    CHECK_STRING(p.tags.ptr[0], "new");
    CHECK_STRING(p.address.street, "1 Main St");
    CHECK_STRING(p.address.city, "Springfield");
    CHECK_EQ_U64(p.address.zip, 12345);
    CHECK(!p.email.is_some);
    conformance_person_free(&p);
    CHECK_EMPTY(p.name);
    CHECK_EMPTY(p.tags);
    conformance_person_free(&p);
}

CASE(nested, person_in) {
    ConformanceString tags[] = {string_view("a"), string_view("b")};
    ConformancePerson p = person_view("Zo\xc3\xab", 41, tags, 2, "Paris", "z@x.org");
    ConformanceString out = {0};
    CHECK_OK(conformance_describe_person(p, &out));
    CHECK_STRING(out, "Zo\xc3\xab (41) from Paris, tags: a,b, email: z@x.org");
    conformance_string_free(&out);
}

CASE(nested, round_trip) {
    ConformanceString tags[] = {string_view("x")};
    ConformancePerson in = person_view("Ann", 33, tags, 1, "Lyon", NULL);
    ConformancePerson out = {0};
    CHECK_OK(conformance_birthday(in, &out));
    bool same = out.name.len == 3 && memcmp(out.name.ptr, "Ann", 3) == 0 && out.address.zip == 75001 &&
                out.address.city.len == 4 && memcmp(out.address.city.ptr, "Lyon", 4) == 0 && !out.email.is_some;
    bool tagged = out.age == 34 && out.tags.len == 2 && out.tags.ptr[0].len == 1 && out.tags.ptr[0].ptr[0] == 'x' &&
                  out.tags.ptr[1].len == 8 && memcmp(out.tags.ptr[1].ptr, "birthday", 8) == 0;
    bool distinct = out.name.ptr != in.name.ptr && out.tags.ptr != in.tags.ptr;
    conformance_person_free(&out);
    CHECK(same);
    CHECK(tagged);
    CHECK(distinct);
    CHECK_EQ_U64(in.age, 33);
    CHECK_EQ_U64(in.tags.len, 1);
    CHECK_STRING(in.name, "Ann");
}

CASE(nested, deep) {
    ConformancePolygon sq = {0};
    CHECK_OK(conformance_make_square(STR("sq"), 2.5, &sq));
    CHECK_STRING(sq.name, "sq");
    CHECK_EQ_U64(sq.points.len, 4);
    const double xs[] = {0, 2.5, 2.5, 0}, ys[] = {0, 0, 2.5, 2.5};
    for (size_t i = 0; i < 4; i++) {
        CHECK_EQ_F64(sq.points.ptr[i].x, xs[i]);
        CHECK_EQ_F64(sq.points.ptr[i].y, ys[i]);
    }
    double perimeter = 0;
    ConformanceStatus st = conformance_perimeter(sq, &perimeter);
    conformance_polygon_free(&sq);
    CHECK_OK(st);
    CHECK_EQ_F64(perimeter, 10);

    ConformanceTeam team = {0};
    CHECK_OK(conformance_make_team(STR("red"), 3, &team));
    CHECK_STRING(team.name, "red");
    CHECK_EQ_U64(team.members.len, 3);
    CHECK_STRING(team.members.ptr[2].name, "red-3");
    CHECK_EQ_U64(team.members.ptr[0].age, 20);
    CHECK_EQ_U64(team.members.ptr[2].age, 22);
    CHECK(team.lead.is_some);
    CHECK_STRING(team.lead.value.name, "red-1");
    CHECK_STRING(team.lead.value.address.city, "Springfield");
    ConformanceOptionString oldest = {0};
    st = conformance_oldest_member(team, &oldest);
    conformance_team_free(&team);
    CHECK_OK(st);
    CHECK(oldest.is_some);
    CHECK_STRING(oldest.value, "red-3");
    conformance_option_string_free(&oldest);

    CHECK_OK(conformance_make_team(STR("none"), 0, &team));
    CHECK_EQ_U64(team.members.len, 0);
    CHECK(!team.lead.is_some);
    conformance_team_free(&team);
}
