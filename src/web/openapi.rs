//! The API's OpenAPI 3.0 document, served at `/api/openapi.json`: every
//! route of `api.rs` with its parameters, request body and error shape.
//! A unit test keeps the list equal to the routes `api.rs` registers; the
//! CI's property-based API test (schemathesis) reads it to send valid and
//! invalid requests and checks every answer against it.

use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AssemblyState, AttendanceMode};
use crate::domain::majority::{Base, Outcome, TieRule};
use crate::domain::motion::MotionState;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::poll::{BallotType, Choice, PollState};
use crate::domain::role::Role;
use crate::domain::speakers::SpeakerState;
use serde_json::{json, Map, Value};

/// One operation: method, path under `/api/v1`, summary, request body
/// (a schema name, `csv` for a CSV upload), and whether it needs no login.
struct Op {
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    body: Option<&'static str>,
    public: bool,
}

const fn op(method: &'static str, path: &'static str, summary: &'static str, body: Option<&'static str>) -> Op {
    Op { method, path, summary, body, public: false }
}

const OPS: &[Op] = &[
    Op {
        method: "post",
        path: "/session",
        summary: "Log in; returns a bearer token",
        body: Some("Login"),
        public: true,
    },
    op("delete", "/session", "Log out (ends this token's session)", None),
    op("get", "/organisations", "The member register", None),
    op("post", "/organisations", "Add a member organisation", Some("NewOrganisation")),
    op("post", "/organisations/import", "Import the register from CSV (all rows or none)", Some("csv")),
    op("get", "/organisations/export", "The register as CSV", None),
    op(
        "patch",
        "/organisations/{id}",
        "Change an organisation's kind, status or joined date (audited, with a reason)",
        Some("OrganisationChange"),
    ),
    op("post", "/accounts", "Create an account", Some("NewAccount")),
    op("get", "/accounts", "The accounts", None),
    op("patch", "/accounts/{id}", "Rename, disable, enable an account or set its password", Some("AccountChange")),
    op("post", "/accounts/{id}/replace", "Replace a delegate by a new person", Some("Replacement")),
    op("get", "/assemblies", "The assemblies", None),
    op("post", "/assemblies", "Create an assembly", Some("NewAssembly")),
    op("get", "/assemblies/{id}", "One assembly", None),
    op("patch", "/assemblies/{id}", "Change an assembly's particulars", Some("AssemblyChange")),
    op("get", "/assemblies/{id}/agenda", "The agenda", None),
    op("post", "/assemblies/{id}/agenda", "Add an agenda item", Some("AgendaItem")),
    op("post", "/assemblies/{id}/agenda/order", "Reorder the agenda", Some("AgendaOrder")),
    op("post", "/assemblies/{id}/agenda/current", "Take up an agenda item (null: none)", Some("TakeUp")),
    op("post", "/assemblies/{id}/transition", "Move the assembly to another state", Some("Transition")),
    op("get", "/assemblies/{id}/attendance", "Who is present, remote, represented; affiliates apart", None),
    op("post", "/assemblies/{id}/attendance", "Check an organisation in", Some("CheckIn")),
    op("post", "/assemblies/{id}/attendance/code", "Check in by the delegate's code", Some("Code")),
    op("get", "/assemblies/{id}/attendance/stays", "Every arrival and departure", None),
    op("delete", "/assemblies/{id}/attendance/{organisation_id}", "An organisation leaves", None),
    op("get", "/assemblies/{id}/quorum", "The quorum now", None),
    op("get", "/assemblies/{id}/bundle", "The evidence bundle for `plenum verify`", None),
    op("get", "/assemblies/{id}/minutes", "The minutes (draft or approved)", None),
    op("put", "/assemblies/{id}/minutes", "The secretariat's narrative for the draft", Some("Narrative")),
    op("post", "/assemblies/{id}/minutes/approve", "Approve, freeze and seal the minutes", None),
    op("post", "/assemblies/{id}/incidents", "Record an incident for the minutes", Some("NewIncident")),
    op("get", "/assemblies/{id}/exports/{file}", "The minutes or a record table as a file", None),
    op("get", "/assemblies/{id}/elections", "The elections", None),
    op("post", "/assemblies/{id}/elections", "Create an election", Some("NewElection")),
    op("get", "/elections/{id}", "One election with its rounds", None),
    op("post", "/elections/{id}/rounds", "Open a round", None),
    op("post", "/rounds/{id}/ballots", "Cast an election ballot", Some("ElectionBallot")),
    op("post", "/rounds/{id}/close", "Close and seal a round", None),
    op("get", "/assemblies/{id}/speakers", "The speakers' list", None),
    op("post", "/assemblies/{id}/speakers", "Ask to speak", Some("Speak")),
    op("post", "/speakers/{id}/floor", "Give the floor", None),
    op("post", "/speakers/{id}/done", "End the floor", None),
    op("delete", "/speakers/{id}", "Withdraw a request to speak", None),
    op("get", "/assemblies/{id}/proxies", "The proxies", None),
    op("post", "/assemblies/{id}/proxies", "Give a proxy", Some("NewProxy")),
    op("delete", "/proxies/{id}", "Revoke a proxy", None),
    op("get", "/assemblies/{id}/motions", "The motions", None),
    op("post", "/assemblies/{id}/motions", "Submit a motion", Some("NewMotion")),
    op("get", "/motions/{id}", "One motion", None),
    op("post", "/motions/{id}/seconders", "Second a motion", None),
    op("post", "/motions/{id}/admission", "Admit a motion or not, with a reason", Some("Admission")),
    op("post", "/motions/{id}/withdraw", "Withdraw a motion", Some("Withdrawal")),
    op("post", "/motions/{id}/opinions", "An affiliate's advisory opinion", Some("Opinion")),
    op("post", "/motions/{id}/polls", "Open a poll on a motion", Some("OpenPoll")),
    op("post", "/polls/{id}/tellers", "The room's count in a tellers vote", Some("Tellers")),
    op("get", "/polls/{id}", "One poll (per-choice counts only after the close)", None),
    op("get", "/polls/{id}/seal", "A closed poll's sealed document and signature", None),
    Op { method: "get", path: "/instance", summary: "The instance's public key", body: None, public: true },
    op("post", "/polls/{id}/ballots", "Cast a ballot", Some("Ballot")),
    op("post", "/polls/{id}/close", "Close and seal a poll", Some("Close")),
    Op {
        method: "get",
        path: "/receipts/{code}",
        summary: "Check a receipt against the sealed ballots",
        body: None,
        public: true,
    },
    Op {
        method: "post",
        path: "/receipts",
        summary: "Check a receipt, its code in the body (kept out of URLs and logs)",
        body: Some("Code"),
        public: true,
    },
    op("get", "/audit/events", "The ledger, filtered", None),
];

/// The 2XX body of every operation that answers JSON (schema names in
/// `responses()`); files and the logout have none. schemathesis and
/// `tests/it/openapi.rs` check real answers against them.
const RESPONSES: &[(&str, &str, &str)] = &[
    ("post", "/session", "Session"),
    ("get", "/organisations", "OrganisationList"),
    ("post", "/organisations", "Organisation"),
    ("patch", "/organisations/{id}", "Organisation"),
    ("get", "/assemblies", "AssemblyList"),
    ("post", "/assemblies", "Assembly"),
    ("get", "/assemblies/{id}", "Assembly"),
    ("patch", "/assemblies/{id}", "Assembly"),
    ("post", "/assemblies/{id}/transition", "Assembly"),
    ("get", "/assemblies/{id}/quorum", "Quorum"),
    ("post", "/motions/{id}/polls", "Poll"),
    ("get", "/polls/{id}", "Poll"),
    ("post", "/polls/{id}/close", "Poll"),
    ("post", "/polls/{id}/tellers", "Poll"),
    ("post", "/polls/{id}/ballots", "BallotReceipt"),
    ("get", "/receipts/{code}", "ReceiptCheck"),
    ("post", "/receipts", "ReceiptCheck"),
    ("get", "/instance", "Instance"),
    ("get", "/polls/{id}/seal", "Seal"),
    ("get", "/accounts", "AccountList"),
    ("post", "/accounts", "Account"),
    ("patch", "/accounts/{id}", "Account"),
    ("post", "/accounts/{id}/replace", "Account"),
    ("get", "/assemblies/{id}/agenda", "Agenda"),
    ("post", "/assemblies/{id}/agenda", "Agenda"),
    ("post", "/assemblies/{id}/agenda/order", "Agenda"),
    ("post", "/assemblies/{id}/agenda/current", "Assembly"),
    ("get", "/assemblies/{id}/attendance", "AttendanceList"),
    ("post", "/assemblies/{id}/attendance", "Stay"),
    ("post", "/assemblies/{id}/attendance/code", "Stay"),
    ("get", "/assemblies/{id}/attendance/stays", "StayList"),
    ("delete", "/assemblies/{id}/attendance/{organisation_id}", "Stay"),
    ("get", "/assemblies/{id}/speakers", "Speakers"),
    ("post", "/assemblies/{id}/speakers", "Speakers"),
    ("post", "/speakers/{id}/floor", "Speakers"),
    ("post", "/speakers/{id}/done", "Speakers"),
    ("delete", "/speakers/{id}", "Speakers"),
    ("get", "/assemblies/{id}/proxies", "ProxyList"),
    ("post", "/assemblies/{id}/proxies", "Proxy"),
    ("delete", "/proxies/{id}", "Proxy"),
    ("get", "/assemblies/{id}/motions", "MotionList"),
    ("post", "/assemblies/{id}/motions", "Motion"),
    ("get", "/motions/{id}", "Motion"),
    ("post", "/motions/{id}/seconders", "Motion"),
    ("post", "/motions/{id}/admission", "Motion"),
    ("post", "/motions/{id}/withdraw", "Motion"),
    ("post", "/motions/{id}/opinions", "Motion"),
    ("get", "/audit/events", "Events"),
    ("get", "/assemblies/{id}/elections", "ElectionList"),
    ("post", "/assemblies/{id}/elections", "Election"),
    ("get", "/elections/{id}", "Election"),
    ("post", "/elections/{id}/rounds", "Election"),
    ("post", "/rounds/{id}/close", "Election"),
    ("post", "/rounds/{id}/ballots", "BallotReceipt"),
    ("post", "/organisations/import", "ImportReport"),
    ("post", "/assemblies/{id}/incidents", "Incident"),
    ("get", "/assemblies/{id}/minutes", "Minutes"),
    ("put", "/assemblies/{id}/minutes", "Minutes"),
    ("post", "/assemblies/{id}/minutes/approve", "Minutes"),
    ("get", "/assemblies/{id}/bundle", "Bundle"),
];

fn string() -> Value {
    json!({"type": "string"})
}

fn id() -> Value {
    json!({"type": "integer", "format": "int64"})
}

fn nullable(mut v: Value) -> Value {
    v["nullable"] = json!(true);
    v
}

fn one_of(values: &[&str]) -> Value {
    json!({"type": "string", "enum": values})
}

fn object(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

/// An object that names every field it may hold: any other is refused (the
/// bodies whose every field has a default, where a misspelt field would
/// otherwise be read as the default).
fn closed(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties, "additionalProperties": false})
}

fn fraction() -> Value {
    object(
        &["numerator", "denominator"],
        json!({
            "numerator": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "denominator": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "strict": {"type": "boolean"},
        }),
    )
}

/// A string enum of a domain label's values, as the code spells them.
fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Value {
    json!({"type": "string", "enum": all.iter().map(|v| label(*v)).collect::<Vec<_>>()})
}

fn integer() -> Value {
    json!({"type": "integer"})
}

fn boolean() -> Value {
    json!({"type": "boolean"})
}

fn array(items: Value) -> Value {
    json!({"type": "array", "items": items})
}

/// A two-element array, as serde writes a Rust pair: `[name, name]` or
/// `[name, count]`.
fn pair(first: Value, second: Value) -> Value {
    let items = if first == second { first } else { json!({"anyOf": [first, second]}) };
    json!({"type": "array", "items": items, "minItems": 2, "maxItems": 2})
}

/// The minutes as JSON: what the exports render and what approval seals.
fn minutes() -> Value {
    let names = || array(string());
    let poll = object(
        &["id", "ballot", "closed_at", "yes", "no", "abstain", "outcome", "explanation", "quorum", "roll_call", "seal"],
        json!({
            "id": id(), "ballot": labels(BallotType::ALL, BallotType::as_str), "closed_at": string(),
            "yes": integer(), "no": integer(), "abstain": integer(),
            "outcome": labels(Outcome::ALL, Outcome::as_str),
            "explanation": string(), "quorum": string(),
            "roll_call": array(pair(string(), string())), "seal": string(),
            "in_words": array(string()),
            "room": object(&["yes", "no", "abstain", "organisations"], json!({
                "yes": integer(), "no": integer(), "abstain": integer(), "organisations": integer(),
            })),
        }),
    );
    let round = object(
        &["round", "seats", "ballots", "abstentions", "ranking", "elected", "runoff", "seal"],
        json!({
            "round": integer(), "seats": integer(), "ballots": integer(), "abstentions": integer(),
            "ranking": array(pair(string(), integer())), "elected": names(), "runoff": names(), "seal": string(),
        }),
    );
    object(
        &[
            "assembly",
            "status",
            "approved_at",
            "public_key",
            "narrative",
            "attendance",
            "proxies",
            "agenda",
            "motions",
            "elections",
            "speakers",
            "incidents",
        ],
        json!({
            "assembly": object(
                &["id", "title", "kind", "format", "venue", "starts_at", "convocation", "notice_sent_on", "quorum"],
                json!({
                    "id": id(), "title": string(),
                    "kind": labels(AssemblyKind::ALL, AssemblyKind::as_str),
                    "format": labels(AssemblyFormat::ALL, AssemblyFormat::as_str),
                    "venue": string(), "starts_at": string(), "convocation": integer(),
                    "notice_sent_on": nullable(string()), "quorum": string(),
                    "opened_at": string(), "closed_at": string(),
                }),
            ),
            "status": one_of(&["draft", "approved"]),
            "approved_at": nullable(string()),
            "public_key": string(), "narrative": string(),
            "attendance": object(
                &["full_members", "in_room", "remote", "represented", "absent", "affiliates"],
                json!({
                    "full_members": integer(), "in_room": names(), "remote": names(),
                    "represented": array(pair(string(), string())), "absent": names(), "affiliates": names(),
                }),
            ),
            "proxies": array(object(&["grantor", "holder", "document", "state"], json!({
                "grantor": string(), "holder": string(), "document": nullable(string()), "state": string(),
            }))),
            "agenda": array(object(&["position", "title", "kind"], json!({
                "position": integer(), "title": string(), "kind": labels(AgendaKind::ALL, AgendaKind::as_str),
            }))),
            "motions": array(object(
                &["id", "title", "kind", "state", "text", "proposer", "amends", "decision_reason", "opinions", "polls"],
                json!({
                    "id": id(), "title": string(), "kind": string(),
                    "state": labels(MotionState::ALL, MotionState::as_str), "text": string(),
                    "proposer": nullable(string()), "amends": nullable(string()),
                    "decision_reason": nullable(string()),
                    "opinions": array(pair(string(), string())), "polls": array(poll),
                }),
            )),
            "elections": array(object(&["title", "seats", "rounds", "elected"], json!({
                "title": string(), "seats": integer(), "rounds": array(round), "elected": names(),
            }))),
            "speakers": array(object(&["organisation", "started_at", "ended_at"], json!({
                "organisation": string(), "started_at": string(), "ended_at": nullable(string()),
            }))),
            "incidents": array(object(&["at", "body"], json!({"at": string(), "body": string()}))),
        }),
    )
}

/// The response bodies named in `RESPONSES`.
fn responses() -> Value {
    let date = json!({"type": "string", "format": "date"});
    let organisation = object(
        &["id", "name", "country", "kind", "status", "joined_on"],
        json!({
            "id": id(), "name": string(), "country": string(),
            "kind": labels(OrgKind::ALL, OrgKind::as_str),
            "status": labels(OrgStatus::ALL, OrgStatus::as_str),
            "joined_on": nullable(date.clone()),
        }),
    );
    let assembly = object(
        &[
            "id",
            "title",
            "kind",
            "format",
            "venue",
            "starts_at",
            "convocation",
            "state",
            "quorum",
            "proxy_cap",
            "notice_sent_on",
            "vote_changes",
            "motion_deadline",
            "current_item",
            "next_states",
            "warnings",
        ],
        json!({
            "id": id(), "title": string(),
            "kind": labels(AssemblyKind::ALL, AssemblyKind::as_str),
            "format": labels(AssemblyFormat::ALL, AssemblyFormat::as_str),
            "venue": string(), "starts_at": string(), "convocation": integer(),
            "state": labels(AssemblyState::ALL, AssemblyState::as_str),
            "quorum": nullable(fraction()),
            "proxy_cap": integer(),
            "notice_sent_on": nullable(date),
            "vote_changes": boolean(),
            "motion_deadline": nullable(string()),
            "current_item": nullable(id()),
            "next_states": array(labels(AssemblyState::ALL, AssemblyState::as_str)),
            "warnings": array(object(&["code", "message"], json!({"code": string(), "message": string()}))),
        }),
    );
    let result = object(
        &["yes", "no", "abstain", "outcome", "quorate", "explanation", "seal", "signature"],
        json!({
            "yes": integer(), "no": integer(), "abstain": integer(),
            "outcome": labels(Outcome::ALL, Outcome::as_str),
            "quorate": boolean(), "explanation": string(), "seal": string(), "signature": string(),
        }),
    );
    let account = object(
        &["id", "email", "name", "role", "organisation_id", "active"],
        json!({
            "id": id(), "email": string(), "name": string(),
            "role": labels(Role::ALL, Role::as_str),
            "organisation_id": nullable(id()), "active": boolean(),
        }),
    );
    let stay = object(
        &["id", "assembly_id", "organisation_id", "mode", "checked_in_by", "arrived_at", "left_at"],
        json!({
            "id": id(), "assembly_id": id(), "organisation_id": id(),
            "mode": labels(AttendanceMode::ALL, AttendanceMode::as_str),
            "checked_in_by": id(), "arrived_at": string(), "left_at": nullable(string()),
        }),
    );
    let proxy = object(
        &[
            "id",
            "assembly_id",
            "grantor_id",
            "holder_id",
            "document",
            "created_by",
            "created_at",
            "revoked_at",
            "void_at",
            "state",
        ],
        json!({
            "id": id(), "assembly_id": id(), "grantor_id": id(), "holder_id": id(),
            "document": nullable(string()), "created_by": id(), "created_at": string(),
            "revoked_at": nullable(string()), "void_at": nullable(string()), "state": string(),
        }),
    );
    let majority = object(
        &["numerator", "denominator", "strict", "base", "tie"],
        json!({
            "numerator": integer(), "denominator": integer(), "strict": boolean(),
            "base": labels(Base::ALL, Base::as_str),
            "tie": labels(TieRule::ALL, TieRule::as_str),
        }),
    );
    let motion = object(
        &[
            "id",
            "assembly_id",
            "title",
            "text",
            "kind",
            "state",
            "majority",
            "quorum",
            "proposer_id",
            "amends",
            "seconders",
            "amendments",
            "opinions",
            "decision_reason",
            "open_poll",
            "last_poll",
        ],
        json!({
            "id": id(), "assembly_id": id(), "title": string(), "text": string(), "kind": string(),
            "state": labels(MotionState::ALL, MotionState::as_str),
            "majority": majority, "quorum": nullable(fraction()),
            "proposer_id": nullable(id()), "amends": nullable(id()),
            "seconders": array(id()), "amendments": array(id()),
            "opinions": array(object(&["organisation_id", "organisation", "text", "at"], json!({
                "organisation_id": id(), "organisation": string(), "text": string(), "at": string(),
            }))),
            "decision_reason": nullable(string()), "open_poll": nullable(id()), "last_poll": nullable(id()),
        }),
    );
    let round_result = object(
        &["ballots", "abstentions", "ranking", "elected", "runoff", "seats_left", "majority_needed"],
        json!({
            "ballots": integer(), "abstentions": integer(),
            "ranking": array(object(&["candidate", "votes"], json!({"candidate": id(), "votes": integer()}))),
            "elected": array(id()), "runoff": array(id()), "seats_left": integer(),
            "majority_needed": nullable(integer()),
        }),
    );
    let election = object(
        &["id", "assembly_id", "title", "seats", "absolute_majority", "candidates", "rounds", "elected", "complete"],
        json!({
            "id": id(), "assembly_id": id(), "title": string(), "seats": integer(), "absolute_majority": boolean(),
            "candidates": array(object(&["id", "name", "organisation_id"], json!({
                "id": id(), "name": string(), "organisation_id": nullable(id()),
            }))),
            "rounds": array(object(
                &["id", "round", "seats", "state", "candidates", "eligible", "cast", "opened_at", "closed_at", "result"],
                json!({
                    "id": id(), "round": integer(), "seats": integer(),
                    "state": labels(PollState::ALL, PollState::as_str),
                    "candidates": array(id()), "eligible": integer(), "cast": integer(),
                    "opened_at": string(), "closed_at": nullable(string()),
                    "result": nullable(round_result),
                }),
            )),
            "elected": array(id()),
            "complete": boolean(),
        }),
    );
    let sealed = object(
        &["id", "document", "digest", "signature"],
        json!({"id": id(), "document": {"type": "object"}, "digest": string(), "signature": string()}),
    );
    let roll_call = array(object(
        &["organisation_id", "organisation", "choice"],
        json!({"organisation_id": id(), "organisation": string(), "choice": labels(Choice::ALL, Choice::as_str)}),
    ));
    let room = object(
        &["yes", "no", "abstain", "organisations"],
        json!({"yes": integer(), "no": integer(), "abstain": integer(), "organisations": array(id())}),
    );
    let entry = |payload: Value| {
        object(
            &["seq", "at", "actor", "kind", "subject", "payload", "prev_hash", "hash"],
            json!({
                "seq": id(), "at": string(), "actor": string(), "kind": string(), "subject": string(),
                "payload": payload, "prev_hash": string(), "hash": string(),
            }),
        )
    };
    json!({
        "Minutes": minutes(),
        "Bundle": object(
            &[
                "format", "exported_at", "public_key", "manifest", "assembly", "organisations", "attendance",
                "proxies", "polls", "rounds", "checkpoints", "minutes", "ledger", "skipped",
            ],
            json!({
                "format": one_of(&[crate::export::bundle::FORMAT]),
                "exported_at": string(), "public_key": string(),
                "manifest": object(&["manifest", "digest", "signature"], json!({
                    "manifest": object(
                        &[
                            "format", "assembly", "exported_at", "public_key", "ledger", "polls", "rounds",
                            "minutes", "checkpoints", "parts",
                        ],
                        json!({
                            "format": one_of(&[crate::export::bundle::FORMAT]), "assembly": id(),
                            "exported_at": string(), "public_key": string(),
                            "ledger": object(
                                &[
                                    "first_seq", "last_seq", "head_hash", "events", "events_digest",
                                    "skipped_runs", "skipped_events",
                                ],
                                json!({
                                    "first_seq": integer(), "last_seq": integer(), "head_hash": string(),
                                    "events": integer(), "events_digest": string(),
                                    "skipped_runs": integer(), "skipped_events": integer(),
                                }),
                            ),
                            "polls": array(object(&["id", "digest"], json!({"id": id(), "digest": string()}))),
                            "rounds": array(object(&["id", "digest"], json!({"id": id(), "digest": string()}))),
                            "minutes": nullable(string()),
                            "checkpoints": array(object(
                                &["seq", "hash", "reason"],
                                json!({"seq": id(), "hash": string(), "reason": string()}),
                            )),
                            "parts": object(
                                &["assembly", "organisations", "attendance", "proxies"],
                                json!({
                                    "assembly": string(), "organisations": string(), "attendance": string(),
                                    "proxies": string(),
                                }),
                            ),
                        }),
                    ),
                    "digest": string(), "signature": string(),
                })),
                "assembly": {"$ref": "#/components/schemas/Assembly"},
                "organisations": array(json!({"$ref": "#/components/schemas/Organisation"})),
                "attendance": {"$ref": "#/components/schemas/StayList"},
                "proxies": {"$ref": "#/components/schemas/ProxyList"},
                "polls": array(sealed.clone()), "rounds": array(sealed.clone()),
                "checkpoints": array(object(
                    &["assembly", "reason", "seq", "hash", "at", "digest", "signature"],
                    json!({
                        "assembly": id(), "reason": string(), "seq": id(), "hash": string(), "at": string(),
                        "digest": string(), "signature": string(),
                    }),
                )),
                "minutes": nullable(sealed),
                "ledger": array(entry(json!({}))),
                "skipped": array(object(
                    &["first_seq", "last_seq", "hash"],
                    json!({"first_seq": id(), "last_seq": id(), "hash": string()}),
                )),
            }),
        ),
        "Election": election.clone(),
        "ElectionList": array(election),
        "ImportReport": object(&["created", "updated", "unchanged", "errors"], json!({
            "created": integer(), "updated": integer(), "unchanged": integer(),
            "errors": array(object(&["line", "message"], json!({"line": integer(), "message": string()}))),
        })),
        "Incident": object(&["recorded"], json!({"recorded": boolean()})),
        "Account": account.clone(),
        "AccountList": array(account),
        "Agenda": array(object(&["id", "position", "title", "kind"], json!({
            "id": id(), "position": integer(), "title": string(), "kind": labels(AgendaKind::ALL, AgendaKind::as_str),
        }))),
        "AttendanceList": array(object(&["organisation", "present", "represented_by"], json!({
            "organisation": {"$ref": "#/components/schemas/Organisation"},
            "present": nullable(labels(AttendanceMode::ALL, AttendanceMode::as_str)),
            "represented_by": nullable(id()),
        }))),
        "Stay": stay.clone(),
        "StayList": array(stay),
        "Speakers": array(object(
            &["id", "organisation_id", "organisation", "affiliate", "attending", "state", "requested_at", "started_at", "ended_at"],
            json!({
                "id": id(), "organisation_id": id(), "organisation": string(),
                "affiliate": boolean(),
                "attending": nullable(labels(AttendanceMode::ALL, AttendanceMode::as_str)),
                "state": labels(SpeakerState::ALL, SpeakerState::as_str),
                "requested_at": string(), "started_at": nullable(string()), "ended_at": nullable(string()),
            }),
        )),
        "Proxy": proxy.clone(),
        "ProxyList": array(proxy),
        "Motion": motion.clone(),
        "MotionList": array(motion),
        "Seal": object(&["poll_id", "document", "digest", "signature", "public_key"], json!({
            "poll_id": id(), "document": {"type": "object"}, "digest": string(), "signature": string(), "public_key": string(),
        })),
        "Events": object(&["events"], json!({"events": array(entry(string()))})),
        "Session": object(&["token", "account"], json!({
            "token": string(),
            "account": {"$ref": "#/components/schemas/Account"},
        })),
        "Organisation": organisation.clone(),
        "OrganisationList": array(organisation),
        "Assembly": assembly.clone(),
        "AssemblyList": array(assembly),
        "Quorum": object(&["full_members", "present", "represented", "required", "quorate", "rule"], json!({
            "full_members": integer(), "present": integer(), "represented": integer(), "required": integer(),
            "quorate": boolean(), "rule": nullable(fraction()),
        })),
        "Poll": object(&["id", "motion_id", "ballot", "state", "eligible", "cast", "opened_at", "closed_at", "result"], json!({
            "id": id(), "motion_id": id(),
            "ballot": labels(BallotType::ALL, BallotType::as_str),
            "state": labels(PollState::ALL, PollState::as_str),
            "eligible": integer(), "cast": integer(),
            "opened_at": string(), "closed_at": nullable(string()),
            "result": nullable(result),
            // After the close: a public poll's ballots, a tellers poll's
            // room; left out before it and for a secret poll.
            "roll_call": roll_call, "room": room,
        })),
        "BallotReceipt": object(&["poll_id", "organisation_id", "receipt", "replaced"], json!({
            "poll_id": id(), "organisation_id": id(), "receipt": string(), "replaced": boolean(),
        })),
        "ReceiptCheck": object(&["poll_id", "kind", "included", "poll_state"], json!({
            "poll_id": id(), "kind": one_of(&["poll", "election_round"]), "included": boolean(),
            "poll_state": labels(PollState::ALL, PollState::as_str),
            "seal": string(), "choice": string(),
        })),
        "Instance": object(&["public_key", "version"], json!({"public_key": string(), "version": string()})),
    })
}

fn quorum() -> Value {
    nullable(json!({"oneOf": [fraction(), {"type": "boolean"}]}))
}

/// Every schema: the request bodies and the answers.
fn schemas() -> Map<String, Value> {
    let mut all = requests();
    if let Value::Object(responses) = responses() {
        all.extend(responses);
    }
    all
}

/// The request bodies, as JSON Schema.
fn requests() -> Map<String, Value> {
    let date = json!({"type": "string", "format": "date"});
    let time = json!({"type": "string", "format": "date-time"});
    let agenda_kind = labels(AgendaKind::ALL, AgendaKind::as_str);
    let majority = object(
        &["numerator", "denominator"],
        json!({
            "numerator": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "denominator": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "strict": {"type": "boolean"},
            "base": labels(Base::ALL, Base::as_str),
            "tie": labels(TieRule::ALL, TieRule::as_str),
        }),
    );
    let s = json!({
        "Error": object(&["error", "message"], json!({
            "error": labels(crate::error::ErrorCode::ALL, crate::error::ErrorCode::as_str), "message": string(),
        })),
        "Login": object(&["email", "password"], json!({"email": string(), "password": string()})),
        "NewOrganisation": object(&["name", "country", "kind"],
            json!({"name": string(), "country": string(), "kind": labels(OrgKind::ALL, OrgKind::as_str)})),
        "OrganisationChange": object(&[], json!({
            "status": nullable(labels(OrgStatus::ALL, OrgStatus::as_str)),
            "kind": nullable(labels(OrgKind::ALL, OrgKind::as_str)),
            "joined_on": nullable(date.clone()),
            "reason": string(),
        })),
        "NewAccount": object(&["email", "name", "password", "role"], json!({
            "email": string(), "name": string(), "password": string(),
            "role": labels(Role::ALL, Role::as_str),
            "organisation_id": nullable(id()),
        })),
        "AccountChange": object(&[], json!({
            "name": nullable(string()), "active": nullable(json!({"type": "boolean"})), "password": nullable(string()),
        })),
        "Replacement": object(&["email", "name", "password"],
            json!({"email": string(), "name": string(), "password": string()})),
        "NewAssembly": object(&["title", "starts_at", "format"], json!({
            "title": string(),
            "starts_at": time.clone(),
            "format": labels(AssemblyFormat::ALL, AssemblyFormat::as_str),
            "kind": nullable(labels(AssemblyKind::ALL, AssemblyKind::as_str)),
            "venue": nullable(string()),
            "convocation": nullable(json!({"type": "integer", "format": "int32"})),
            "quorum": quorum(),
            "proxy_cap": nullable(json!({"type": "integer", "minimum": 0, "maximum": u32::MAX})),
            "agenda": {"type": "array", "items": object(&["title", "kind"], json!({"title": string(), "kind": agenda_kind.clone()}))},
            "notice_sent_on": nullable(date.clone()),
            "vote_changes": nullable(json!({"type": "boolean"})),
            "motion_deadline": nullable(time.clone()),
        })),
        "AssemblyChange": object(&[], json!({
            "title": nullable(string()), "venue": nullable(string()),
            "starts_at": nullable(time.clone()), "notice_sent_on": nullable(date),
        })),
        "AgendaItem": object(&["title", "kind"], json!({"title": string(), "kind": agenda_kind, "reason": nullable(string())})),
        "TakeUp": closed(&["item_id"], json!({"item_id": nullable(id())})),
        "AgendaOrder": object(&["order"], json!({"order": {"type": "array", "items": id()}, "reason": nullable(string())})),
        "Transition": object(&["to"], json!({"to": labels(AssemblyState::ALL, AssemblyState::as_str)})),
        "CheckIn": object(&["organisation_id", "mode"], json!({"organisation_id": id(), "mode": labels(AttendanceMode::ALL, AttendanceMode::as_str)})),
        "Code": object(&["code"], json!({"code": string()})),
        "Narrative": object(&["narrative"], json!({"narrative": string()})),
        "NewIncident": object(&["body"], json!({"body": string()})),
        "NewElection": object(&["title", "seats", "candidates"], json!({
            "title": string(),
            "seats": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "absolute_majority": {"type": "boolean"},
            "candidates": {"type": "array", "items": object(&["name"], json!({"name": string(), "organisation_id": nullable(id())}))},
        })),
        "ElectionBallot": object(&[], json!({"choices": {"type": "array", "items": id()}, "organisation_id": nullable(id())})),
        "Speak": closed(&[], json!({"organisation_id": nullable(id())})),
        "NewProxy": object(&["grantor_id", "holder_id"], json!({"grantor_id": id(), "holder_id": id(), "document": nullable(string())})),
        "NewMotion": object(&["title"], json!({
            "title": string(), "text": string(), "kind": string(),
            "majority": nullable(majority), "quorum": quorum(),
            "agenda_item_id": nullable(id()), "amends": nullable(id()),
        })),
        "Admission": object(&["admit"], json!({"admit": {"type": "boolean"}, "reason": nullable(string())})),
        "Withdrawal": closed(&[], json!({"reason": nullable(string())})),
        "Opinion": object(&["text"], json!({"text": string()})),
        "OpenPoll": closed(&[], json!({"ballot": labels(BallotType::ALL, BallotType::as_str)})),
        "Tellers": object(&["yes", "no", "abstain", "organisation_ids"], json!({
            "yes": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "no": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "abstain": {"type": "integer", "minimum": 0, "maximum": u32::MAX},
            "organisation_ids": {"type": "array", "items": id()},
        })),
        "Ballot": object(&["choice"], json!({
            "choice": labels(Choice::ALL, Choice::as_str),
            "organisation_id": nullable(id()),
            "replaces": nullable(string()),
        })),
        "Close": closed(&[], json!({"chair_decision": nullable(labels(Outcome::ALL, Outcome::as_str))})),
    });
    match s {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn parameters(path: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for name in path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')) {
        let schema = match name {
            "code" => string(),
            "file" => {
                one_of(&["minutes.pdf", "minutes.html", "minutes.md", "attendance.csv", "proxies.csv", "roll-call.csv"])
            }
            _ => id(),
        };
        out.push(json!({"name": name, "in": "path", "required": true, "schema": schema}));
    }
    if path == "/audit/events" {
        for (name, schema) in [
            ("after", id()),
            ("before", id()),
            ("limit", id()),
            ("kind", string()),
            ("subject", string()),
            ("from", string()),
            ("until", string()),
        ] {
            out.push(json!({"name": name, "in": "query", "required": false, "schema": schema}));
        }
    }
    out
}

/// The document.
pub fn document() -> Value {
    let error = json!({
        "description": "Refused, with the reason for a person",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    });
    let mut paths = Map::new();
    for o in OPS {
        let files = o.path.ends_with("/export") || o.path.contains("{file}");
        let documented = RESPONSES.iter().find(|(m, p, _)| *m == o.method && *p == o.path).map(|(_, _, name)| name);
        let ok = match documented {
            _ if files => json!({"description": "The file", "content": {"*/*": {}}}),
            Some(name) => json!({
                "description": "Done",
                "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}},
            }),
            None => json!({"description": "Done", "content": {"application/json": {"schema": {}}}}),
        };
        let mut operation = json!({
            "summary": o.summary,
            "operationId": format!("{}{}", o.method, o.path.replace(['/', '{', '}'], "_")),
            "parameters": parameters(o.path),
            "responses": {"2XX": ok, "4XX": error.clone()},
        });
        if o.method == "delete" && o.path == "/session" {
            operation["responses"]["2XX"] = json!({"description": "Logged out"});
        }
        if o.public {
            operation["security"] = json!([]);
        }
        match o.body {
            Some("csv") => {
                operation["requestBody"] =
                    json!({"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}});
            }
            Some(name) => {
                let required = !matches!(name, "Close" | "OpenPoll" | "Withdrawal" | "Speak");
                operation["requestBody"] = json!({
                    "required": required,
                    "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}},
                });
            }
            None => {}
        }
        let item = paths.entry(format!("/api/v1{}", o.path)).or_insert_with(|| json!({}));
        item[o.method] = operation;
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "plenum",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "General Assembly voting and governance. Errors are {error, message}: a machine code and a sentence for a person.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas(),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The routes `api.rs` registers, read from its source.
    fn registered() -> Vec<(String, String)> {
        let source = include_str!("api.rs");
        let mut out = Vec::new();
        for line in source.lines().map(str::trim) {
            let Some(rest) = line.strip_prefix(".route(\"").or_else(|| line.strip_prefix("cfg.route(\"")) else {
                continue;
            };
            let Some((path, rest)) = rest.split_once('"') else { continue };
            let Some(method) = rest.split("web::").nth(1).and_then(|m| m.split('(').next()) else { continue };
            out.push((method.to_string(), path.to_string()));
        }
        out.sort();
        out
    }

    #[test]
    fn the_document_lists_every_route_and_no_other() {
        let mut documented: Vec<(String, String)> =
            OPS.iter().map(|o| (o.method.to_string(), o.path.to_string())).collect();
        documented.sort();
        let routes = registered();
        assert!(routes.len() > 50, "the routes were read: {}", routes.len());
        assert_eq!(documented, routes);
    }

    /// A request and an answer schema of one name would describe one of
    /// them wrongly: the answer's replaced the requests' `Incident` and `Proxy`,
    /// so the document asked for no incident `body` and no proxy grantor.
    #[test]
    fn no_schema_name_is_both_a_request_and_an_answer() {
        let requests = requests();
        let Value::Object(answers) = responses() else { panic!("the answers are an object") };
        let both: Vec<&String> = answers.keys().filter(|k| requests.contains_key(*k)).collect();
        assert!(both.is_empty(), "{both:?}");
    }

    #[test]
    fn every_body_has_its_schema() {
        let doc = document();
        let schemas = &doc["components"]["schemas"];
        for o in OPS {
            if let Some(name) = o.body.filter(|b| *b != "csv") {
                assert!(schemas.get(name).is_some(), "{name}");
            }
        }
        let text = doc.to_string();
        assert!(text.contains("\"openapi\":\"3.0.3\""));
        for o in OPS {
            let files = o.path.ends_with("/export") || o.path.contains("{file}");
            let logout = o.method == "delete" && o.path == "/session";
            let documented = RESPONSES.iter().any(|(m, p, _)| *m == o.method && *p == o.path);
            assert_eq!(documented, !files && !logout, "{} {}: a JSON answer needs its schema", o.method, o.path);
        }
        for (method, path, name) in RESPONSES {
            assert!(schemas.get(*name).is_some(), "{name}");
            let documented = &doc["paths"][format!("/api/v1{path}")][*method]["responses"]["2XX"];
            assert_eq!(
                documented["content"]["application/json"]["schema"]["$ref"],
                format!("#/components/schemas/{name}"),
                "{method} {path} is a documented operation with its response"
            );
        }
    }

    // A schema as it reads: its `$ref` followed, a `null` branch dropped.
    fn plain<'a>(v: &'a Value, components: &'a Value) -> &'a Value {
        if let Some(name) = v.get("$ref").and_then(Value::as_str) {
            return plain(&components[name.trim_start_matches("#/components/schemas/")], components);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = v.get(key).and_then(Value::as_array) {
                let real: Vec<&Value> = branches.iter().filter(|b| b.get("type") != Some(&json!("null"))).collect();
                if let [one] = real.as_slice() {
                    return plain(one, components);
                }
            }
        }
        v
    }
    fn labels_of(v: &Value, components: &Value) -> Option<BTreeSet<String>> {
        let v = plain(v, components);
        if let Some(labels) = v.get("enum").and_then(Value::as_array) {
            return Some(labels.iter().filter_map(Value::as_str).map(str::to_string).collect());
        }
        let branches = v.get("oneOf").or_else(|| v.get("anyOf")).and_then(Value::as_array)?;
        branches.iter().find_map(|b| labels_of(b, components))
    }
    fn keys(v: &Value, field: &str) -> BTreeSet<String> {
        match &v[field] {
            Value::Object(m) => m.keys().cloned().collect(),
            Value::Array(a) => a.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            _ => BTreeSet::new(),
        }
    }
    /// Whether a derived schema may require fewer fields than the
    /// hand-written one: an answer's `Option` is derived as a field that
    /// may be left out, where the hand-written answers say it is always
    /// there, maybe `null`.
    #[derive(Clone, Copy, PartialEq)]
    enum Required {
        Same,
        AtMostTheHandWritten,
    }

    fn compare(at: &str, hand: &Value, derived: &Value, c: &Value, required: Required, problems: &mut Vec<String>) {
        let components = c;
        let derived = plain(derived, components);
        let mut differ = |what: &str, h: String, d: String| {
            if h != d {
                problems.push(format!("{at}: {what}: hand-written {h}, derived {d}"));
            }
        };
        if hand.get("properties").is_some() {
            differ(
                "the fields",
                format!("{:?}", keys(hand, "properties")),
                format!("{:?}", keys(derived, "properties")),
            );
            let (h, d) = (keys(hand, "required"), keys(derived, "required"));
            if required == Required::Same || !d.is_subset(&h) {
                differ("the required fields", format!("{h:?}"), format!("{d:?}"));
            }
            // An answer may say it holds no other field (the bundle's types
            // are read back strictly by the verifier); a request must refuse
            // exactly what the hand-written schema refused.
            let closed = |v: &Value| v.get("additionalProperties") == Some(&json!(false));
            if required == Required::Same || closed(hand) {
                differ("refuses unknown fields", closed(hand).to_string(), closed(derived).to_string());
            }
            for (field, h) in hand["properties"].as_object().into_iter().flatten() {
                let d = &derived["properties"][field];
                let at = format!("{at}.{field}");
                let (hl, dl) = (labels_of(h, components), labels_of(d, components));
                if hl != dl {
                    problems.push(format!("{at}: the labels: hand-written {hl:?}, derived {dl:?}"));
                }
                compare(&at, h, d, components, required, problems);
            }
        }
        if let (Some(h), Some(d)) = (hand.get("items"), derived.get("items")) {
            compare(&format!("{at}[]"), h, d, components, required, problems);
        }
    }

    /// Step 1 of generating the document from the code (docs/OPENAPI_PLAN.md):
    /// the request bodies' schemas derived from their types say what the
    /// hand-written ones say: the same fields, the same required ones, the
    /// same labels for every enum, and the same refusal of unknown fields;
    /// nested objects (an assembly's agenda, an election's candidates) too.
    #[test]
    fn the_derived_request_schemas_match_the_hand_written_ones() {
        use crate::input::*;
        use crate::web::api::{CodeBody, IncidentBody, LoginBody, NarrativeBody, ReceiptBody, TransitionBody};
        use utoipa::OpenApi;

        #[derive(OpenApi)]
        #[openapi(components(schemas(
            LoginBody,
            NewOrganisationInput,
            OrganisationChange,
            NewAccountInput,
            AccountChange,
            Replacement,
            NewAssemblyInput,
            AssemblyChange,
            AgendaItemInput,
            TakeUp,
            AgendaOrder,
            TransitionBody,
            CheckInInput,
            CodeBody,
            NarrativeBody,
            IncidentBody,
            NewElectionInput,
            ElectionBallotInput,
            SpeakInput,
            ProxyInput,
            NewMotionInput,
            AdmissionInput,
            WithdrawalInput,
            OpinionInput,
            OpenPollInput,
            TellersInput,
            BallotInput,
            CloseInput,
            ReceiptBody,
        )))]
        struct Derived;

        let derived = serde_json::to_value(Derived::openapi()).expect("the derived document");
        let components = &derived["components"]["schemas"];
        // The hand-written name, and the type's.
        let pairs = [
            ("Login", "LoginBody"),
            ("NewOrganisation", "NewOrganisationInput"),
            ("OrganisationChange", "OrganisationChange"),
            ("NewAccount", "NewAccountInput"),
            ("AccountChange", "AccountChange"),
            ("Replacement", "Replacement"),
            ("NewAssembly", "NewAssemblyInput"),
            ("AssemblyChange", "AssemblyChange"),
            ("AgendaItem", "AgendaItemInput"),
            ("TakeUp", "TakeUp"),
            ("AgendaOrder", "AgendaOrder"),
            ("Transition", "TransitionBody"),
            ("CheckIn", "CheckInInput"),
            ("Code", "CodeBody"),
            ("Narrative", "NarrativeBody"),
            ("NewIncident", "IncidentBody"),
            ("NewElection", "NewElectionInput"),
            ("ElectionBallot", "ElectionBallotInput"),
            ("Speak", "SpeakInput"),
            ("NewProxy", "ProxyInput"),
            ("NewMotion", "NewMotionInput"),
            ("Admission", "AdmissionInput"),
            ("Withdrawal", "WithdrawalInput"),
            ("Opinion", "OpinionInput"),
            ("OpenPoll", "OpenPollInput"),
            ("Tellers", "TellersInput"),
            ("Ballot", "BallotInput"),
            ("Close", "CloseInput"),
        ];
        let hand = requests();
        let named: BTreeSet<&str> = pairs.iter().map(|(h, _)| *h).collect();
        let unpaired: Vec<&String> = hand.keys().filter(|k| *k != "Error" && !named.contains(k.as_str())).collect();
        assert!(unpaired.is_empty(), "hand-written request schemas with no type to compare: {unpaired:?}");

        let mut problems = Vec::new();
        for (hand_name, type_name) in pairs {
            let derived_schema = &components[type_name];
            assert!(derived_schema.is_object(), "{type_name} is derived");
            compare(hand_name, &hand[hand_name], derived_schema, components, Required::Same, &mut problems);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Step 2 (docs/OPENAPI_PLAN.md): the answers' schemas derived from
    /// their types say what the hand-written ones say (fields, labels,
    /// nested objects), and require no field the hand-written ones do not.
    #[test]
    fn the_derived_answer_schemas_match_the_hand_written_ones() {
        use crate::export::bundle::Bundle;
        use crate::service::{
            accounts::AccountView, agenda::AgendaItemView, assemblies::AssemblyView, assemblies::QuorumView,
            attendance::AttendanceLine, attendance::StayView, elections::ElectionView, minutes::Minutes,
            motions::MotionView, organisations::ImportReport, organisations::OrganisationView, polls::PollView,
            polls::SealView, proxies::ProxyView, speakers::SpeakerView, voting::BallotReceipt, voting::ReceiptCheck,
        };
        use crate::web::api::{Events, Instance, LoginOut, Recorded};
        use utoipa::OpenApi;

        #[derive(OpenApi)]
        #[openapi(components(schemas(
            Minutes,
            Bundle,
            ElectionView,
            ImportReport,
            AccountView,
            AgendaItemView,
            AttendanceLine,
            StayView,
            SpeakerView,
            ProxyView,
            MotionView,
            SealView,
            LoginOut,
            OrganisationView,
            AssemblyView,
            QuorumView,
            PollView,
            BallotReceipt,
            ReceiptCheck,
            Recorded,
            Events,
            Instance,
        )))]
        struct Derived;

        let derived = serde_json::to_value(Derived::openapi()).expect("the derived document");
        let components = &derived["components"]["schemas"];
        // The hand-written name, the type's, and whether the answer is a list of it.
        let pairs = [
            ("Minutes", "Minutes", false),
            ("Bundle", "Bundle", false),
            ("Election", "ElectionView", false),
            ("ElectionList", "ElectionView", true),
            ("ImportReport", "ImportReport", false),
            ("Account", "AccountView", false),
            ("AccountList", "AccountView", true),
            ("Agenda", "AgendaItemView", true),
            ("AttendanceList", "AttendanceLine", true),
            ("Stay", "StayView", false),
            ("StayList", "StayView", true),
            ("Speakers", "SpeakerView", true),
            ("Proxy", "ProxyView", false),
            ("ProxyList", "ProxyView", true),
            ("Motion", "MotionView", false),
            ("MotionList", "MotionView", true),
            ("Seal", "SealView", false),
            ("Session", "LoginOut", false),
            ("Organisation", "OrganisationView", false),
            ("OrganisationList", "OrganisationView", true),
            ("Assembly", "AssemblyView", false),
            ("AssemblyList", "AssemblyView", true),
            ("Quorum", "QuorumView", false),
            ("Poll", "PollView", false),
            ("BallotReceipt", "BallotReceipt", false),
            ("ReceiptCheck", "ReceiptCheck", false),
            ("Incident", "Recorded", false),
            ("Events", "Events", false),
            ("Instance", "Instance", false),
        ];
        let Value::Object(hand) = responses() else { panic!("the answers are an object") };
        let named: std::collections::BTreeSet<&str> = pairs.iter().map(|(h, _, _)| *h).collect();
        let unpaired: Vec<&String> = hand.keys().filter(|k| !named.contains(k.as_str())).collect();
        assert!(unpaired.is_empty(), "hand-written answer schemas with no type to compare: {unpaired:?}");
        let mut problems = Vec::new();
        for (hand_name, type_name, list) in pairs {
            let derived_schema = &components[type_name];
            assert!(derived_schema.is_object(), "{type_name} is derived");
            let hand_schema = if list { &hand[hand_name]["items"] } else { &hand[hand_name] };
            compare(hand_name, hand_schema, derived_schema, components, Required::AtMostTheHandWritten, &mut problems);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
