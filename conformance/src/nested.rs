//! Records inside records, and records owning strings, vectors and options.

use crate::records::Point;
use polybind::polybind;

/// A segment: two plain records inside a plain record.
#[polybind]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub start: Point,
    pub end: Point,
}

#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    pub street: String,
    pub city: String,
    pub zip: u32,
}

/// A record holding strings, a vector of strings, a nested record and an option.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub age: u32,
    pub tags: Vec<String>,
    pub address: Address,
    pub email: Option<String>,
}

/// A named closed path.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub name: String,
    pub points: Vec<Point>,
}

/// Three levels of owned data: a vector of records that own vectors of strings.
#[polybind]
#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub name: String,
    pub members: Vec<Person>,
    pub lead: Option<Person>,
}

#[polybind]
pub fn line_length(line: Line) -> f64 {
    (line.end.x - line.start.x).hypot(line.end.y - line.start.y)
}

/// The same segment, walked the other way.
#[polybind]
pub fn reverse_line(line: Line) -> Line {
    Line {
        start: line.end,
        end: line.start,
    }
}

/// A person with the tag `"new"`, living at 1 Main St, Springfield 12345, without email.
#[polybind]
pub fn make_person(name: &str, age: u32) -> Person {
    Person {
        name: name.to_owned(),
        age,
        tags: vec!["new".to_owned()],
        address: Address {
            street: "1 Main St".to_owned(),
            city: "Springfield".to_owned(),
            zip: 12345,
        },
        email: None,
    }
}

/// `"<name> (<age>) from <city>, tags: <t1>,<t2>, email: <email or none>"`.
#[polybind]
pub fn describe_person(person: Person) -> String {
    format!(
        "{} ({}) from {}, tags: {}, email: {}",
        person.name,
        person.age,
        person.address.city,
        person.tags.join(","),
        person.email.as_deref().unwrap_or("none"),
    )
}

/// Returns `person` one year older, with the tag `"birthday"` appended.
#[polybind]
pub fn birthday(mut person: Person) -> Person {
    person.age += 1;
    person.tags.push("birthday".to_owned());
    person
}

/// A square of side `side` with a corner at the origin, counter-clockwise.
#[polybind]
pub fn make_square(name: &str, side: f64) -> Polygon {
    let points = [(0.0, 0.0), (side, 0.0), (side, side), (0.0, side)];
    Polygon {
        name: name.to_owned(),
        points: points.iter().map(|&(x, y)| Point { x, y }).collect(),
    }
}

/// The length of the closed path through the points.
#[polybind]
pub fn perimeter(polygon: Polygon) -> f64 {
    let n = polygon.points.len();
    (0..n)
        .map(|i| {
            let (a, b) = (polygon.points[i], polygon.points[(i + 1) % n]);
            (b.x - a.x).hypot(b.y - a.y)
        })
        .sum()
}

/// A team of `size` people named `"<name>-1"`..`"<name>-<size>"`, aged 20, 21, ...; the lead
/// is the first member (none when `size` is 0).
#[polybind]
pub fn make_team(name: &str, size: u32) -> Team {
    let members: Vec<Person> = (1..=size)
        .map(|i| make_person(&format!("{name}-{i}"), 19 + i))
        .collect();
    Team {
        name: name.to_owned(),
        lead: members.first().cloned(),
        members,
    }
}

/// The name of the oldest member, if any (the first one on ties).
#[polybind]
pub fn oldest_member(team: Team) -> Option<String> {
    let mut oldest: Option<&Person> = None;
    for p in &team.members {
        if oldest.is_none_or(|o| p.age > o.age) {
            oldest = Some(p);
        }
    }
    oldest.map(|p| p.name.clone())
}

/// The sum of the ages (a slice of records that own data is copied element by element).
#[polybind]
pub fn total_age(people: &[Person]) -> u32 {
    people.iter().map(|p| p.age).sum()
}

/// `n` people named `"p0"`..: each with `i` tags `"t0"`..`"t<i-1>"`.
#[polybind]
pub fn make_people(n: u32) -> Vec<Person> {
    (0..n)
        .map(|i| {
            let mut p = make_person(&format!("p{i}"), i);
            p.tags = (0..i).map(|t| format!("t{t}")).collect();
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let l = Line {
            start: Point { x: 1.0, y: 1.0 },
            end: Point { x: 4.0, y: 5.0 },
        };
        assert_eq!(line_length(l), 5.0);
        assert_eq!(reverse_line(l).start, l.end);
    }

    #[test]
    fn people() {
        let p = birthday(make_person("Ann", 33));
        assert_eq!(
            describe_person(p),
            "Ann (34) from Springfield, tags: new,birthday, email: none"
        );
        let people = make_people(3);
        assert_eq!(people[2].tags, ["t0", "t1"]);
        assert_eq!(total_age(&people), 3);
    }

    #[test]
    fn polygons_and_teams() {
        assert_eq!(perimeter(make_square("sq", 2.5)), 10.0);
        let team = make_team("red", 3);
        assert_eq!(team.lead.as_ref().map(|p| p.name.as_str()), Some("red-1"));
        assert_eq!(oldest_member(team).as_deref(), Some("red-3"));
        assert_eq!(oldest_member(make_team("none", 0)), None);
    }
}
