//! The database schema, kept by hand for both backends (the migrations in
//! `migrations/sqlite` and `migrations/postgres` must match it).

diesel::table! {
    organisations (id) {
        id -> BigInt,
        name -> Text,
        country -> Text,
        kind -> Text,
        status -> Text,
        created_at -> Timestamp,
        joined_on -> Nullable<Date>,
    }
}

diesel::table! {
    accounts (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        organisation_id -> Nullable<BigInt>,
        active -> Bool,
        created_at -> Timestamp,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        account_id -> BigInt,
        token_hash -> Text,
        csrf_token -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        address -> Nullable<Text>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        account_key -> Text,
        address -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    assemblies (id) {
        id -> BigInt,
        title -> Text,
        kind -> Text,
        format -> Text,
        venue -> Text,
        starts_at -> Timestamp,
        convocation -> Integer,
        state -> Text,
        quorum_required -> Bool,
        quorum_numerator -> Integer,
        quorum_denominator -> Integer,
        quorum_strict -> Bool,
        proxy_cap -> Integer,
        created_at -> Timestamp,
        notice_sent_on -> Nullable<Date>,
        checkin_salt -> Nullable<Text>,
        vote_changes -> Bool,
        motion_deadline -> Nullable<Timestamp>,
        current_item_id -> Nullable<BigInt>,
        agenda_finished -> Bool,
        languages -> Text,
        remote_link -> Nullable<Text>,
    }
}

diesel::table! {
    agenda_items (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        position -> Integer,
        title -> Text,
        kind -> Text,
    }
}

diesel::table! {
    attendance (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        organisation_id -> BigInt,
        mode -> Text,
        checked_in_by -> BigInt,
        arrived_at -> Timestamp,
        left_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    motions (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        agenda_item_id -> Nullable<BigInt>,
        title -> Text,
        body -> Text,
        kind -> Text,
        state -> Text,
        majority_numerator -> Integer,
        majority_denominator -> Integer,
        majority_strict -> Bool,
        majority_base -> Text,
        majority_tie -> Text,
        created_at -> Timestamp,
        quorum_numerator -> Nullable<Integer>,
        quorum_denominator -> Nullable<Integer>,
        quorum_strict -> Nullable<Bool>,
        proposer_id -> Nullable<BigInt>,
        amends_id -> Nullable<BigInt>,
        decision_reason -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    motion_translations (motion_id, language) {
        motion_id -> BigInt,
        language -> Text,
        title -> Text,
        body -> Text,
        sha256 -> Text,
        account_id -> BigInt,
        at -> Timestamp,
    }
}

diesel::table! {
    motion_seconders (motion_id, organisation_id) {
        motion_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
        at -> Timestamp,
    }
}

diesel::table! {
    motion_opinions (id) {
        id -> BigInt,
        motion_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
        body -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    polls (id) {
        id -> BigInt,
        motion_id -> BigInt,
        ballot_type -> Text,
        state -> Text,
        opened_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        eligible -> Integer,
        full_members -> Integer,
        present -> Integer,
        represented -> Integer,
        yes -> Nullable<Integer>,
        no -> Nullable<Integer>,
        abstain -> Nullable<Integer>,
        outcome -> Nullable<Text>,
        quorate -> Nullable<Bool>,
        explanation -> Nullable<Text>,
        seal_document -> Nullable<Text>,
        seal_digest -> Nullable<Text>,
        seal_signature -> Nullable<Text>,
    }
}

diesel::table! {
    poll_eligibility (poll_id, organisation_id) {
        poll_id -> BigInt,
        organisation_id -> BigInt,
        holder_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    ballots (id) {
        id -> BigInt,
        poll_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
        choice -> Text,
        receipt_hash -> Text,
        cast_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (seq) {
        seq -> BigInt,
        at -> Timestamp,
        actor -> Text,
        kind -> Text,
        subject -> Text,
        payload -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    proxies (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        grantor_id -> BigInt,
        holder_id -> BigInt,
        document -> Nullable<Text>,
        created_by -> BigInt,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        void_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    participations (poll_id, organisation_id) {
        poll_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
    }
}

diesel::table! {
    secret_ballots (token) {
        token -> Text,
        poll_id -> BigInt,
        choice -> Text,
        receipt_hash -> Text,
        owner_tag -> Nullable<Text>,
    }
}

diesel::table! {
    teller_counts (poll_id) {
        poll_id -> BigInt,
        yes -> Integer,
        no -> Integer,
        abstain -> Integer,
        entered_by -> BigInt,
        entered_at -> Timestamp,
    }
}

diesel::table! {
    teller_organisations (poll_id, organisation_id) {
        poll_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    speakers (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
        state -> Text,
        requested_at -> Timestamp,
        started_at -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    elections (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        title -> Text,
        seats -> Integer,
        absolute_majority -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    candidates (id) {
        id -> BigInt,
        election_id -> BigInt,
        name -> Text,
        organisation_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    election_rounds (id) {
        id -> BigInt,
        election_id -> BigInt,
        round -> Integer,
        seats -> Integer,
        state -> Text,
        candidates -> Text,
        eligible -> Text,
        opened_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        result -> Nullable<Text>,
        seal_document -> Nullable<Text>,
        seal_digest -> Nullable<Text>,
        seal_signature -> Nullable<Text>,
    }
}

diesel::table! {
    ledger_checkpoints (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        reason -> Text,
        seq -> BigInt,
        hash -> Text,
        at -> Timestamp,
        digest -> Text,
        signature -> Text,
    }
}

diesel::table! {
    election_participations (round_id, organisation_id) {
        round_id -> BigInt,
        organisation_id -> BigInt,
        account_id -> BigInt,
    }
}

diesel::table! {
    election_ballots (token) {
        token -> Text,
        round_id -> BigInt,
        choices -> Text,
        receipt_hash -> Text,
        owner_tag -> Nullable<Text>,
    }
}

diesel::table! {
    minutes (assembly_id) {
        assembly_id -> BigInt,
        narrative -> Text,
        updated_at -> Timestamp,
        approved_at -> Nullable<Timestamp>,
        document -> Nullable<Text>,
        digest -> Nullable<Text>,
        signature -> Nullable<Text>,
    }
}

diesel::table! {
    incidents (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        account_id -> BigInt,
        at -> Timestamp,
        body -> Text,
    }
}

diesel::table! {
    ballot_refusals (subject, organisation_id) {
        subject -> Text,
        organisation_id -> BigInt,
        refused -> BigInt,
    }
}

diesel::joinable!(accounts -> organisations (organisation_id));
diesel::joinable!(sessions -> accounts (account_id));
diesel::joinable!(agenda_items -> assemblies (assembly_id));
diesel::joinable!(attendance -> assemblies (assembly_id));
diesel::joinable!(attendance -> organisations (organisation_id));
diesel::joinable!(motions -> assemblies (assembly_id));
diesel::joinable!(proxies -> assemblies (assembly_id));
diesel::joinable!(polls -> motions (motion_id));
diesel::joinable!(speakers -> organisations (organisation_id));
diesel::joinable!(election_ballots -> election_rounds (round_id));
diesel::joinable!(election_rounds -> elections (election_id));
diesel::joinable!(motion_seconders -> organisations (organisation_id));
diesel::joinable!(motion_opinions -> organisations (organisation_id));
diesel::joinable!(motion_translations -> accounts (account_id));
diesel::joinable!(poll_eligibility -> polls (poll_id));
diesel::joinable!(poll_eligibility -> organisations (organisation_id));
diesel::joinable!(ballots -> polls (poll_id));
diesel::joinable!(participations -> polls (poll_id));
diesel::joinable!(secret_ballots -> polls (poll_id));
diesel::joinable!(teller_organisations -> polls (poll_id));
diesel::joinable!(ballots -> organisations (organisation_id));

diesel::table! {
    displays (id) {
        id -> BigInt,
        assembly_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(displays -> assemblies (assembly_id));

diesel::table! {
    register_at_close (assembly_id, organisation_id) {
        assembly_id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        kind -> Text,
        status -> Text,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        kind -> Text,
        assembly_id -> Nullable<BigInt>,
        account_id -> BigInt,
        address -> Text,
        language -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        attachments -> Text,
        message_id -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        claimed_until -> Nullable<Timestamp>,
        last_answer -> Nullable<Text>,
        secret -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_tokens (id) {
        id -> BigInt,
        account_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(account_tokens -> accounts (account_id));

diesel::joinable!(outbox -> accounts (account_id));
diesel::joinable!(outbox -> assemblies (assembly_id));

diesel::allow_tables_to_appear_in_same_query!(
    outbox,
    account_tokens,
    register_at_close,
    organisations,
    accounts,
    sessions,
    login_failures,
    assemblies,
    agenda_items,
    attendance,
    motions,
    polls,
    poll_eligibility,
    ballots,
    audit_events,
    proxies,
    participations,
    secret_ballots,
    teller_counts,
    teller_organisations,
    motion_seconders,
    motion_opinions,
    motion_translations,
    speakers,
    elections,
    candidates,
    election_rounds,
    election_participations,
    election_ballots,
    ledger_checkpoints,
    minutes,
    incidents,
    ballot_refusals,
    displays,
);

diesel::table! {
    server_secrets (name) {
        name -> Text,
        secret -> Text,
    }
}
