//! Money amounts in the header: 预算资金情况 / 年度资金总额.
//!
//! Tables state their unit in a title line (`单位：万元`), and most portals use 万元 with up to six
//! decimals (1 分). People paste amounts with thousands separators, a currency sign or a trailing
//! unit (`1,250.07万元`, `¥125.07`, `1250700元`); an explicit unit in the cell wins over the table's.

use rust_decimal::Decimal;

/// A parsed amount: the number as written and the unit written beside it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    pub value: Decimal,
    /// Yuan per unit of the cell's own unit (`万元` → 10 000), when the cell names one.
    pub unit_yuan: Option<u64>,
}

impl Amount {
    /// Parses an amount cell. `None` when the cell is not a number (with an optional unit).
    pub fn parse(s: &str) -> Option<Amount> {
        let c = crate::text::compact(s);
        let c = c.trim_start_matches(['¥', '￥']);
        let split = c
            .find(|ch: char| !(ch.is_ascii_digit() || matches!(ch, '.' | ',' | '-' | '+')))
            .unwrap_or(c.len());
        let (number, unit) = c.split_at(split);
        let value = parse_decimal(number)?;
        let unit_yuan = match unit {
            "" => None,
            u => Some(crate::unit::Money::parse(u).filter(|m| !m.per)?.yuan),
        };
        Some(Amount { value, unit_yuan })
    }

    /// The amount expressed in a unit of `yuan` yuan (10 000 for 万元), taking the cell's own
    /// unit, if any, else assuming it is already in that unit. `None` when the result does not
    /// fit a [`Decimal`] (`79228162514264337593543950335亿元` in 元) or `yuan` is 0.
    pub fn in_unit(&self, yuan: u64) -> Option<Decimal> {
        match self.unit_yuan {
            Some(own) if own != yuan && yuan != 0 && own % yuan == 0 => {
                self.value.checked_mul(Decimal::from(own / yuan))
            }
            Some(own) if own != yuan && own != 0 && yuan % own == 0 => {
                div_pow10(self.value, yuan / own)
            }
            Some(own) if own != yuan => {
                div_pow10(self.value.checked_mul(Decimal::from(own))?, yuan)
            }
            _ => Some(self.value),
        }
    }
}

/// `value` divided by `divisor`, a power of ten as the yuan of every money unit is (元 1 …
/// 亿元 10⁸): the decimal point moves, exactly, and the wasm needs no division code (3 KB).
/// `None` when `divisor` is not a power of ten or the result needs more than 28 decimals.
pub fn div_pow10(value: Decimal, divisor: u64) -> Option<Decimal> {
    let mut rest = divisor;
    let mut places = 0;
    while rest >= 10 && rest % 10 == 0 {
        rest /= 10;
        places += 1;
    }
    if rest != 1 {
        return None;
    }
    let mut out = value;
    out.set_scale(value.scale() + places).ok()?;
    Some(out)
}

/// Parses a plain decimal as people type it: optional sign, digits, thousands commas in the
/// right places, one decimal point. Rejects exponents, underscores and anything else that
/// `Decimal::from_str` would let through.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    if body.is_empty() || body.starts_with('.') && body.len() == 1 {
        return None;
    }
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if !frac.is_none_or(|f| f.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !first.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        if !groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit())) {
            return None;
        }
    } else if !int.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if int.is_empty() && frac.is_none_or(str::is_empty) {
        return None;
    }
    let plain: String = s.chars().filter(|&c| c != ',' && c != '+').collect();
    let plain = if plain.starts_with('.') || plain.starts_with("-.") {
        plain.replacen('.', "0.", 1)
    } else {
        plain
    };
    let plain = plain.strip_suffix('.').unwrap_or(&plain);
    // Radix 10 rather than `from_str`, whose fallback for exponents (which never reach here)
    // would add 3 KB to the wasm.
    Decimal::from_str_radix(plain, 10).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::prelude::FromPrimitive;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn divides_by_powers_of_ten_exactly() {
        assert_eq!(div_pow10(d("1250.07"), 10_000), Some(d("0.125007")));
        assert_eq!(div_pow10(d("-3"), 1), Some(d("-3")));
        assert_eq!(div_pow10(d("3"), 100_000_000), Some(d("0.00000003")));
        assert_eq!(div_pow10(d("3"), 300), None);
        assert_eq!(div_pow10(d("3"), 0), None);
        // 28 decimals at most: beyond, not a number this library computes with.
        assert_eq!(
            div_pow10(d("0.000000000000000000000001"), 10_000),
            Some(d("0.0000000000000000000000000001"))
        );
        assert_eq!(div_pow10(d("0.000000000000000000000001"), 100_000), None);
    }

    #[test]
    fn plain_and_separated_amounts() {
        assert_eq!(Amount::parse("125.07").unwrap().value, d("125.07"));
        assert_eq!(
            Amount::parse("１，２５０.０７").unwrap().value,
            d("1250.07")
        );
        let a = Amount::parse("1,250,700元").unwrap();
        assert_eq!(a.value, d("1250700"));
        assert_eq!(a.unit_yuan, Some(1));
        assert_eq!(a.in_unit(10_000), Some(d("125.07")));
        assert_eq!(
            Amount::parse("¥ 6.7 万元").unwrap().in_unit(10_000),
            Some(d("6.7"))
        );
    }

    #[test]
    fn rejects_non_amounts() {
        for s in [
            "",
            "abc",
            "1,25.0",
            "1e5",
            "1_000",
            "12..5",
            "12万元/人",
            "-",
            ".",
        ] {
            assert_eq!(Amount::parse(s), None, "{s}");
        }
    }

    #[test]
    fn decimal_edge_forms() {
        assert_eq!(parse_decimal("-5"), Some(d("-5")));
        assert_eq!(parse_decimal(".5"), Some(d("0.5")));
        assert_eq!(parse_decimal("5."), Some(d("5")));
        assert_eq!(parse_decimal("+5"), Some(d("5")));
        assert_eq!(parse_decimal("1,000.5"), Some(d("1000.5")));
        assert_eq!(parse_decimal("1,0000"), None);
    }

    /// Found by the fix_normalize fuzz target: `Decimal`'s `*` panics on overflow, and
    /// `normalize` converted this budget to 万元 with it.
    #[test]
    fn in_unit_overflow_is_none_not_a_panic() {
        let a = Amount::parse("7922816251426433759354395033.5亿元").unwrap();
        assert_eq!(a.in_unit(10_000), None);
        assert_eq!(a.in_unit(1), None);
        assert_eq!(a.in_unit(0), None);
        assert_eq!(a.in_unit(100_000_000), Some(a.value));
        let big = Amount::parse("79228162514264337593543950335元").unwrap();
        assert_eq!(
            big.in_unit(10_000),
            Some(d("7922816251426433759354395.0335")),
            "dividing first keeps amounts that fit"
        );
        assert_eq!(
            Amount::parse("3千元").unwrap().in_unit(10_000),
            Some(d("0.3"))
        );
    }

    #[test]
    fn f64_from_json_keeps_its_decimal_digits() {
        assert_eq!(Decimal::from_f64(125.07).unwrap(), d("125.07"));
        assert_eq!(Decimal::from_f64(0.1).unwrap(), d("0.1"));
    }
}
