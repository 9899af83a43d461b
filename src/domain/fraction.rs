//! A threshold such as "more than one half" or "at least two thirds".

use serde::{Deserialize, Serialize};
use std::fmt;

/// `numerator/denominator` with `strict` meaning "more than" (`>`) and
/// otherwise "at least" (`>=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
    #[serde(default)]
    pub strict: bool,
}

/// A fraction that cannot be a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FractionError {
    ZeroDenominator,
    AboveOne,
}

impl Fraction {
    /// A checked threshold: the denominator is positive and the fraction at most 1.
    pub fn new(numerator: u32, denominator: u32, strict: bool) -> Result<Self, FractionError> {
        let f = Fraction { numerator, denominator, strict };
        f.validate()?;
        Ok(f)
    }

    /// Checks a fraction that came from outside (config, API).
    pub fn validate(&self) -> Result<(), FractionError> {
        if self.denominator == 0 {
            Err(FractionError::ZeroDenominator)
        } else if self.numerator > self.denominator {
            Err(FractionError::AboveOne)
        } else {
            Ok(())
        }
    }

    /// More than one half.
    pub const SIMPLE_MAJORITY: Fraction = Fraction { numerator: 1, denominator: 2, strict: true };

    /// Whether `count` out of `base` meets the threshold.
    pub fn met(&self, count: u64, base: u64) -> bool {
        let lhs = u128::from(count) * u128::from(self.denominator);
        let rhs = u128::from(self.numerator) * u128::from(base);
        if self.strict {
            lhs > rhs
        } else {
            lhs >= rhs
        }
    }

    /// The smallest count out of `base` that meets the threshold.
    pub fn required(&self, base: u64) -> u64 {
        let num = u128::from(self.numerator) * u128::from(base);
        let den = u128::from(self.denominator.max(1));
        let required = if self.strict { num / den + 1 } else { num.div_ceil(den) };
        u64::try_from(required).unwrap_or(u64::MAX)
    }

    /// The comparison sign: `>` or `>=`.
    pub fn sign(&self) -> &'static str {
        if self.strict {
            ">"
        } else {
            ">="
        }
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}/{}", self.sign(), self.numerator, self.denominator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn thresholds_at_the_edge() {
        let half_strict = Fraction::new(1, 2, true).unwrap();
        let half = Fraction::new(1, 2, false).unwrap();
        let two_thirds = Fraction::new(2, 3, false).unwrap();
        let table = [
            (half_strict, 5, 10, false),
            (half_strict, 6, 10, true),
            (half_strict, 0, 0, false),
            (half, 5, 10, true),
            (half, 4, 10, false),
            (half, 0, 0, true),
            (two_thirds, 2, 3, true),
            (two_thirds, 20, 30, true),
            (two_thirds, 19, 30, false),
            (two_thirds, 1, 1, true),
        ];
        for (f, count, base, want) in table {
            assert_eq!(f.met(count, base), want, "{count} of {base} {f}");
        }
    }

    #[test]
    fn rejects_impossible_fractions() {
        assert_eq!(Fraction::new(1, 0, false), Err(FractionError::ZeroDenominator));
        assert_eq!(Fraction::new(3, 2, false), Err(FractionError::AboveOne));
    }

    #[test]
    fn displays_with_its_sign() {
        assert_eq!(Fraction::SIMPLE_MAJORITY.to_string(), "> 1/2");
        assert_eq!(Fraction::new(2, 3, false).unwrap().to_string(), ">= 2/3");
    }

    proptest! {
        /// `required` is exactly the smallest count that `met` accepts.
        #[test]
        fn required_is_the_smallest_count_that_meets(num in 0u32..=12, extra in 0u32..12, strict: bool, base in 0u64..500) {
            let f = Fraction { numerator: num, denominator: num + extra.max(1), strict };
            let r = f.required(base);
            prop_assert!(f.met(r, base));
            if r > 0 {
                prop_assert!(!f.met(r - 1, base));
            }
        }
    }
}
