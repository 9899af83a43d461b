//! E-mail: notices composed in the recipient's language (`compose`), kept
//! in the outbox by the services in the transaction that causes them, and
//! delivered over SMTP by the sender (`sender`) with retries.

pub mod compose;
pub mod sender;

use crate::config::Settings;
use crate::domain::outbox::{Delivery, LINK_MARK};
use crate::store::rows::OutboxMessage;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use std::time::Duration;

/// The SMTP connection settings, checked, and the sender's own addresses.
pub struct Mailer {
    smtp: SmtpTransport,
    from: Mailbox,
    reply_to: Option<Mailbox>,
}

/// The domain part of the sender's address, for Message-IDs.
pub fn sender_domain(settings: &Settings) -> String {
    settings
        .mail_from
        .parse::<Mailbox>()
        .map(|m| m.email.domain().to_string())
        .unwrap_or_else(|_| "plenum.invalid".to_string())
}

impl Mailer {
    /// The mailer the settings describe (checked when they were loaded).
    pub fn from_settings(s: &Settings) -> Result<Mailer, String> {
        let tls = |host: &str| TlsParameters::new(host.to_string()).map_err(|e| format!("mail TLS: {e}"));
        let tls = match s.mail_tls.as_str() {
            "none" => Tls::None,
            "tls" => Tls::Wrapper(tls(&s.mail_host)?),
            _ => Tls::Required(tls(&s.mail_host)?),
        };
        let mut builder = SmtpTransport::builder_dangerous(&s.mail_host)
            .port(s.mail_port)
            .tls(tls)
            .timeout(Some(Duration::from_secs(s.mail_timeout_seconds)));
        if !s.mail_username.is_empty() {
            builder = builder.credentials(Credentials::new(s.mail_username.clone(), s.mail_password.clone()));
        }
        let from = s.mail_from.parse::<Mailbox>().map_err(|e| format!("mail_from: {e}"))?;
        let reply_to = if s.mail_reply_to.is_empty() {
            None
        } else {
            Some(s.mail_reply_to.parse::<Mailbox>().map_err(|e| format!("mail_reply_to: {e}"))?)
        };
        Ok(Mailer { smtp: builder.build(), from, reply_to })
    }

    /// One attempt to hand a message to the server, and how it answered.
    pub fn deliver(&self, m: &OutboxMessage) -> Delivery {
        let message = match self.message(m) {
            Ok(message) => message,
            // A message that cannot be written as MIME (an address the
            // server would refuse too) will not improve with time.
            Err(reason) => return Delivery::Permanent(reason),
        };
        match self.smtp.send(&message) {
            Ok(answer) => {
                let words: Vec<&str> = answer.message().collect();
                Delivery::Accepted(format!("{} {}", answer.code(), words.join(" ")).trim().to_string())
            }
            Err(e) if e.is_permanent() => Delivery::Permanent(e.to_string()),
            Err(e) => Delivery::Transient(e.to_string()),
        }
    }

    /// The message as MIME: plain text and HTML as alternatives, then the
    /// attachments.
    fn message(&self, m: &OutboxMessage) -> Result<Message, String> {
        let to = m.address.parse::<Mailbox>().map_err(|e| format!("the address: {e}"))?;
        let (mut text, mut html) = (m.body_text.clone(), m.body_html.clone());
        if text.contains(LINK_MARK) || html.contains(LINK_MARK) {
            let link = m.secret.as_deref().ok_or("the one-time link is no longer kept: send a new invitation")?;
            text = text.replace(LINK_MARK, link);
            html = html.replace(LINK_MARK, &maud::html! { (link) }.into_string());
        }
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(m.message_id.clone()));
        if let Some(reply_to) = &self.reply_to {
            builder = builder.reply_to(reply_to.clone());
        }
        let mut body = MultiPart::mixed().multipart(MultiPart::alternative_plain_html(text, html));
        let attachments: Vec<compose::Attachment> =
            serde_json::from_str(&m.attachments).map_err(|e| format!("the attachments: {e}"))?;
        for a in attachments {
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(a.content.as_bytes())
                .map_err(|e| format!("the attachment {}: {e}", a.name))?;
            let kind = ContentType::parse(&a.media_type).map_err(|e| format!("the attachment {}: {e}", a.name))?;
            body = body.singlepart(Attachment::new(a.name).body(bytes, kind));
        }
        builder.multipart(body).map_err(|e| e.to_string())
    }
}
