//! Who an account is in the assembly.

use super::labelled_enum;

labelled_enum! {
    /// An account's role. A delegate is linked to exactly one organisation.
    Role {
        Secretariat => "secretariat",
        Auditor => "auditor",
        Teller => "teller",
        Delegate => "delegate",
    }
}

impl Role {
    /// Whether this role needs an organisation to be linked to the account.
    pub fn needs_organisation(self) -> bool {
        self == Role::Delegate
    }
}
