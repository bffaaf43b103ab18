//! Reading a [`Profile`] from options: the object of a `--profile` JSON file, or the one given
//! to `new Form(options)` in JS. Both hosts hand over the same value tree
//! ([`crate::input::Value`], read by serde), so both accept the same options and give the same
//! error, which names the option. (Read from the tree rather than by serde's derive: one serde
//! reader in the wasm for options and tables alike.)

use super::{AmountUnit, Locale, Profile, ProfileError};
use crate::diagnostic::Level;
use crate::input::Value as OptionValue;
use crate::raw::{Column, Field};
use crate::taxonomy::Framework;

/// What a value is, for messages, and its text.
impl OptionValue {
    /// The value itself when it is short, else its kind.
    fn found(&self) -> String {
        match self {
            OptionValue::Null => "null".into(),
            OptionValue::Bool(b) => b.to_string(),
            OptionValue::Number(n) => n.clone(),
            OptionValue::NotFinite => "NaN".into(),
            OptionValue::Text(t) if t.chars().count() <= 40 => format!("\"{t}\""),
            OptionValue::Text(_) => "a long text".into(),
            OptionValue::List(_) => "an array".into(),
            OptionValue::Object(_) => "an object".into(),
        }
    }

    /// The text of text or a number.
    fn text(&self) -> Option<&str> {
        match self {
            OptionValue::Text(t) | OptionValue::Number(t) => Some(t),
            _ => None,
        }
    }
}

impl Profile {
    /// The profile `options` describe: the defaults, with every option that is given (and not
    /// null) set. Unknown options, values of the wrong type and values out of range are errors
    /// that name the option.
    pub fn from_options(options: OptionValue) -> Result<Profile, ProfileError> {
        let mut profile = Profile::default();
        match options {
            OptionValue::Null => {}
            OptionValue::Object(entries) => {
                for (key, value) in entries {
                    profile.set(&key, value)?;
                }
            }
            other => {
                return Err(ProfileError::NotAnObject {
                    found: other.found(),
                })
            }
        }
        profile.validate()?;
        Ok(profile)
    }

    /// Sets one top-level option.
    fn set(&mut self, key: &str, value: OptionValue) -> Result<(), ProfileError> {
        use OptionValue as V;
        if value == V::Null {
            match key {
                "year" => self.year = None,
                "framework" => self.framework = None,
                _ => {}
            }
            return known(key);
        }
        let bad = |expected: &str| invalid(key, expected, &value);
        match key {
            "framework" => {
                self.framework = Some(
                    value
                        .text()
                        .and_then(Framework::parse)
                        .ok_or_else(|| bad("\"2020\" or \"2021\""))?,
                );
            }
            "year" => self.year = Some(whole(&value).ok_or_else(|| bad("a year"))?),
            "locale" => {
                self.locale = value
                    .text()
                    .and_then(Locale::parse)
                    .ok_or_else(|| bad("\"zh-CN\" or \"en\""))?;
                match crate::profile::BUILD_LOCALE {
                    Some(Locale::Zh) if self.locale != Locale::Zh => {
                        return Err(bad(
                            "\"zh-CN\" (English messages are in the module `jixiao/en`)",
                        ))
                    }
                    Some(Locale::En) if self.locale != Locale::En => {
                        return Err(bad("\"en\" (Chinese messages are in the module `jixiao`)"))
                    }
                    _ => {}
                }
            }
            "amountUnit" => {
                self.amount_unit = value
                    .text()
                    .and_then(AmountUnit::parse)
                    .ok_or_else(|| bad("\"万元\" or \"元\""))?;
            }
            "amountDecimals" => {
                self.amount_decimals = whole(&value).ok_or_else(|| bad("a whole number"))?;
            }
            "satisfactionMin" => {
                self.satisfaction_min = value
                    .text()
                    .and_then(|t| crate::amount::parse_decimal(t.trim()))
                    .ok_or_else(|| bad("a number"))?;
            }
            "qualitativeGrades" => {
                let V::List(items) = &value else {
                    return Err(bad("an array of text"));
                };
                self.qualitative_grades = items
                    .iter()
                    .map(|g| match g {
                        V::Text(t) => Ok(t.clone()),
                        _ => Err(bad("an array of text")),
                    })
                    .collect::<Result<_, _>>()?;
            }
            "deadlineRequired" => {
                let V::Bool(b) = value else {
                    return Err(bad("true or false"));
                };
                self.deadline_required = b;
            }
            "fields" => {
                let expected = "an array of header field keys (projectName, department, implementingUnit, budget, overallGoal, tasks, period)";
                self.fields = Some(keys(&value, Field::from_key).ok_or_else(|| bad(expected))?);
            }
            "columns" => {
                let expected = "an array of column keys (level1, level2, name, operator, value, unit, deadline, weight, direction)";
                self.columns = Some(keys(&value, Column::from_key).ok_or_else(|| bad(expected))?);
            }
            "rules" => {
                let V::Object(entries) = value else {
                    return Err(bad("an object of rule ids and levels"));
                };
                // An unknown id is named before a bad level, the first in sorted order.
                let mut ids: Vec<&String> = entries.iter().map(|(id, _)| id).collect();
                ids.sort();
                // Through `RuleId`, not the rules themselves: the importer's module has none.
                let rule = |id: &str| {
                    id.parse::<crate::rules::RuleId>()
                        .ok()
                        .filter(|r| *r != crate::rules::RuleId::import_repaired)
                };
                if let Some(id) = ids.into_iter().find(|id| rule(id).is_none()) {
                    return Err(unknown(&format!("rules.{id}")));
                }
                for (id, level) in entries {
                    let path = format!("rules.{id}");
                    let level = level.text().and_then(Level::parse).ok_or_else(|| {
                        invalid(&path, "\"error\", \"warning\", \"info\" or \"off\"", &level)
                    })?;
                    self.rules.insert(rule(&id).expect("checked above"), level);
                }
            }
            "limits" => {
                let V::Object(entries) = value else {
                    return Err(bad("an object"));
                };
                for (name, limit) in entries {
                    let path = format!("limits.{name}");
                    let slot = match name.as_str() {
                        "maxRows" => &mut self.limits.max_rows,
                        "maxTextLength" => &mut self.limits.max_text_length,
                        "maxInputLength" => &mut self.limits.max_input_length,
                        _ => return Err(unknown(&path)),
                    };
                    if limit != V::Null {
                        *slot = whole(&limit)
                            .ok_or_else(|| invalid(&path, "a whole number", &limit))?;
                    }
                }
            }
            _ => return Err(unknown(key)),
        }
        Ok(())
    }
}

/// Ok when `key` names a top-level option.
fn known(key: &str) -> Result<(), ProfileError> {
    const KEYS: [&str; 12] = [
        "fields",
        "columns",
        "framework",
        "year",
        "locale",
        "amountUnit",
        "amountDecimals",
        "satisfactionMin",
        "qualitativeGrades",
        "deadlineRequired",
        "rules",
        "limits",
    ];
    if KEYS.contains(&key) {
        Ok(())
    } else {
        Err(unknown(key))
    }
}

fn unknown(path: &str) -> ProfileError {
    ProfileError::Unknown {
        option: path.into(),
    }
}

fn invalid(path: &str, expected: &str, found: &OptionValue) -> ProfileError {
    ProfileError::Invalid {
        option: path.into(),
        expected: expected.into(),
        found: found.found(),
    }
}

/// The keys of a list of text, each read by `key`; `None` when one is not a key.
fn keys<T>(value: &OptionValue, key: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let OptionValue::List(items) = value else {
        return None;
    };
    items.iter().map(|i| i.text().and_then(&key)).collect()
}

/// A whole number that fits `T`, from a number (not from text).
fn whole<T: std::str::FromStr>(value: &OptionValue) -> Option<T> {
    match value {
        OptionValue::Number(t) => t.parse().ok(),
        _ => None,
    }
}

/// A profile from any serde format, through [`Profile::from_options`].
impl<'de> serde::Deserialize<'de> for Profile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Profile, D::Error> {
        Profile::from_options(OptionValue::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn from_json(json: &str) -> Result<Profile, String> {
        serde_json::from_str::<Profile>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_option() {
        let p = from_json(
            r#"{"framework": 2021, "year": 2024, "locale": "en-US", "amountUnit": "元",
                "amountDecimals": 2, "satisfactionMin": 92.5, "qualitativeGrades": ["好"],
                "deadlineRequired": false, "rules": {"rate-at-least-100": "off"},
                "limits": {"maxRows": 50, "maxTextLength": 100, "maxInputLength": 1000}}"#,
        )
        .unwrap();
        assert_eq!(p.framework, Some(Framework::F2021));
        assert_eq!(p.year, Some(2024));
        assert_eq!(p.locale, Locale::En);
        assert_eq!(p.amount_unit, AmountUnit::Yuan);
        assert_eq!(p.amount_decimals, 2);
        assert_eq!(p.satisfaction_min, Decimal::new(925, 1));
        // Text is read as a plain decimal, as a form field would hold it.
        let text = from_json(r#"{"satisfactionMin": " 90.5 "}"#).unwrap();
        assert_eq!(text.satisfaction_min, Decimal::new(905, 1));
        assert_eq!(p.qualitative_grades, vec!["好".to_string()]);
        assert!(!p.deadline_required);
        assert_eq!(
            p.rules.get(&crate::rules::RuleId::rate_at_least_100),
            Some(&Level::Off)
        );
        assert_eq!(
            (
                p.limits.max_rows,
                p.limits.max_text_length,
                p.limits.max_input_length
            ),
            (50, 100, 1000)
        );
    }

    #[test]
    fn null_means_not_set() {
        let p =
            from_json(r#"{"locale": null, "year": null, "limits": {"maxRows": null}}"#).unwrap();
        assert_eq!(p, Profile::default());
        assert_eq!(from_json("null").unwrap(), Profile::default());
    }

    #[test]
    fn errors_name_the_option() {
        for (json, named) in [
            (r#"{"year": "x"}"#, "`year`"),
            (r#"{"year": 2024.5}"#, "`year`"),
            (r#"{"frobnicate": 1}"#, "`frobnicate`"),
            (r#"{"frobnicate": null}"#, "`frobnicate`"),
            (r#"{"limits": {"maxRowz": 1}}"#, "`limits.maxRowz`"),
            (r#"{"limits": {"maxRows": -1}}"#, "`limits.maxRows`"),
            (r#"{"limits": 5}"#, "`limits`"),
            (r#"{"limits": {"maxRows": 0}}"#, "`limits.maxRows`"),
            (r#"{"rules": {"no-such-rule": "off"}}"#, "no-such-rule"),
            (
                r#"{"rules": {"rate-at-least-100": "fatal"}}"#,
                "`rules.rate-at-least-100`",
            ),
            (r#"{"locale": "fr"}"#, "`locale`"),
            (r#"{"amountUnit": "美元"}"#, "`amountUnit`"),
            (r#"{"satisfactionMin": 101}"#, "`satisfactionMin`"),
            (r#"{"satisfactionMin": "高"}"#, "`satisfactionMin`"),
            (r#"{"satisfactionMin": "9e1"}"#, "`satisfactionMin`"),
            (r#"{"framework": "2019"}"#, "`framework`"),
            (r#"{"deadlineRequired": "yes"}"#, "`deadlineRequired`"),
            (r#"{"qualitativeGrades": ["好", 1]}"#, "`qualitativeGrades`"),
            ("[]", "options must be an object"),
            ("\"zh\"", "options must be an object"),
        ] {
            let e = from_json(json).unwrap_err();
            assert!(e.contains(named), "{json}: {e}");
        }
    }
}
