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
                #[cfg(feature = "lifecycle")]
                "approved" => self.approved = None,
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
                // Through `RuleId`, not the rules themselves: the importer's module has none.
                let rule = |id: &str| {
                    id.parse::<crate::rules::RuleId>()
                        .ok()
                        .filter(|r| *r != crate::rules::RuleId::import_repaired)
                };
                let unknown_id = entries
                    .iter()
                    .map(|(id, _)| id)
                    .filter(|id| rule(id).is_none())
                    .min();
                if let Some(id) = unknown_id {
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
            #[cfg(feature = "lifecycle")]
            "lifecycle" => self.lifecycle.set("lifecycle", value)?,
            #[cfg(not(feature = "lifecycle"))]
            "lifecycle" | "approved" => {
                return Err(bad("nothing in this build: the later forms are checked by the module `jixiao/lifecycle`"))
            }
            #[cfg(feature = "lifecycle")]
            "approved" => {
                if !matches!(value, V::Object(_)) {
                    return Err(bad("the approved target table (an object)"));
                }
                let (table, _) = crate::input::table(&value);
                self.approved = Some(std::sync::Arc::new(table));
            }
            _ => return Err(unknown(key)),
        }
        Ok(())
    }
}

#[cfg(feature = "lifecycle")]
impl crate::lifecycle::LifecycleOptions {
    /// Sets the `lifecycle` section (`path` is where it is, for errors).
    fn set(&mut self, path: &str, value: OptionValue) -> Result<(), ProfileError> {
        use crate::lifecycle::options::{EqualScoring, ReverseScoring, Strictness};
        use OptionValue as V;
        let V::Object(entries) = value else {
            return Err(invalid(path, "an object", &value));
        };
        for (name, v) in entries {
            let path = format!("{path}.{name}");
            let bad = |expected: &str| invalid(&path, expected, &v);
            let number = |v: &OptionValue| {
                v.text()
                    .and_then(|t| crate::amount::parse_decimal(t.trim()))
            };
            let strictness = |v: &OptionValue, strict: &str| match v.text() {
                Some("warning") => Some(Strictness::Warning),
                Some(s) if s == strict => Some(Strictness::Error),
                _ => None,
            };
            let flag = |v: &OptionValue| match v {
                V::Bool(b) => Some(*b),
                _ => None,
            };
            if v == V::Null {
                match name.as_str() {
                    "level1Weights" => self.level1_weights = None,
                    "executionReasonBelow" => self.execution_reason_below = None,
                    "monitoringMonth" => self.monitoring_month = None,
                    "costDefaultMaxScore" => self.cost_default_max_score = None,
                    "deviationStandard" => self.deviation_standard = None,
                    _ => {}
                }
                continue;
            }
            match name.as_str() {
                "level1Weights" => {
                    let V::Object(groups) = &v else {
                        return Err(bad("an object of level-1 names and points, or null"));
                    };
                    let mut weights = Vec::new();
                    for (group, points) in groups {
                        let p = number(points).ok_or_else(|| {
                            invalid(&format!("{path}.{group}"), "a number", points)
                        })?;
                        weights.push((group.clone(), p));
                    }
                    self.level1_weights = Some(weights);
                }
                "budgetWeight" => self.budget_weight = number(&v).ok_or_else(|| bad("a number"))?,
                "gradeBands" => {
                    self.grade_bands =
                        bands(&v).ok_or_else(|| bad("three descending numbers, as [90, 80, 60]"))?
                }
                "qualitativeBands" => {
                    self.qualitative_bands =
                        bands(&v).ok_or_else(|| bad("two descending shares, as [0.8, 0.6]"))?
                }
                "reverseScoring" => {
                    self.reverse_scoring = match v.text() {
                        Some("linear") => ReverseScoring::Linear,
                        Some("inverse") => ReverseScoring::Inverse,
                        _ => return Err(bad("\"linear\" or \"inverse\"")),
                    }
                }
                "equalScoring" => {
                    self.equal_scoring = match v.text() {
                        Some("as-positive") => EqualScoring::AsPositive,
                        Some("exact") => EqualScoring::Exact,
                        _ => return Err(bad("\"as-positive\" or \"exact\"")),
                    }
                }
                "strictGreater" => {
                    self.strict_greater = flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "qualitativeBandCheck" => {
                    self.qualitative_band_check = flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "overAchievementRatio" => {
                    self.over_achievement_ratio = number(&v)
                        .filter(|r| *r > rust_decimal::Decimal::ONE)
                        .ok_or_else(|| bad("a number above 1"))?
                }
                "overAchievementReason" => {
                    self.over_achievement_reason = strictness(&v, "required")
                        .ok_or_else(|| bad("\"warning\" or \"required\""))?
                }
                "scoreTolerance" => {
                    self.score_tolerance = number(&v)
                        .filter(|t| !t.is_sign_negative())
                        .ok_or_else(|| bad("a number, 0 or more"))?
                }
                "executionReasonBelow" => {
                    self.execution_reason_below =
                        Some(number(&v).ok_or_else(|| bad("a rate, as 0.9"))?)
                }
                "executionReason" => {
                    self.execution_reason =
                        strictness(&v, "error").ok_or_else(|| bad("\"warning\" or \"error\""))?
                }
                "budgetAdjustmentReason" => {
                    self.budget_adjustment_reason =
                        strictness(&v, "error").ok_or_else(|| bad("\"warning\" or \"error\""))?
                }
                "targetRules" => {
                    self.cap_target_rules = match v.text() {
                        Some("warning") => true,
                        Some("inherit") => false,
                        _ => return Err(bad("\"warning\" or \"inherit\"")),
                    }
                }
                "qualitativeActualGrades" => {
                    self.qualitative_actual_grades =
                        texts(&v).ok_or_else(|| bad("an array of text"))?
                }
                "qualitativeActualStrict" => {
                    self.qualitative_actual_strict = flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "qualitativeRemarkRequired" => {
                    self.qualitative_remark_required =
                        flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "weightPositive" => {
                    self.weight_positive = flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "maxRowWeightShare" => {
                    self.max_row_weight_share = number(&v).ok_or_else(|| bad("a share, as 0.5"))?
                }
                "costDefaultMaxScore" => {
                    self.cost_default_max_score = Some(number(&v).ok_or_else(|| bad("a number"))?)
                }
                "scoreMode" => {
                    use crate::lifecycle::options::ScoreMode;
                    self.score_mode = match v.text() {
                        Some("manual") => ScoreMode::Manual,
                        Some("computed-editable") => ScoreMode::ComputedEditable,
                        Some("computed-locked") => ScoreMode::ComputedLocked,
                        _ => {
                            return Err(bad(
                                "\"manual\", \"computed-editable\" or \"computed-locked\"",
                            ))
                        }
                    }
                }
                "lowExecution" => {
                    self.low_execution = number(&v).ok_or_else(|| bad("a rate, as 0.8"))?
                }
                "budgetCutRatio" => {
                    self.budget_cut_ratio = number(&v).ok_or_else(|| bad("a share, as 0.2"))?
                }
                "minNarrative" => {
                    self.min_narrative =
                        whole(&v).ok_or_else(|| bad("a whole number of characters"))?
                }
                "guidancePatterns" => {
                    self.guidance_patterns = texts(&v).ok_or_else(|| bad("an array of text"))?
                }
                "timeScaled" => {
                    self.time_scaled = texts(&v).ok_or_else(|| bad("an array of level-2 names"))?
                }
                "reasonRequiredFor" => {
                    use crate::lifecycle::options::ReasonLights;
                    let lights =
                        texts(&v).ok_or_else(|| bad("[\"red\", \"yellow\"] or [\"red\"]"))?;
                    self.reason_required_for =
                        match lights.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                            ["red"] => ReasonLights::Red,
                            ["red", "yellow"] | ["yellow", "red"] => ReasonLights::RedAndYellow,
                            _ => return Err(bad("[\"red\", \"yellow\"] or [\"red\"]")),
                        }
                }
                "explanationRequired" => {
                    self.explanation_required = flag(&v).ok_or_else(|| bad("true or false"))?
                }
                "likelihoodNeedsProjection" => {
                    self.likelihood_needs_projection =
                        strictness(&v, "error").ok_or_else(|| bad("\"warning\" or \"error\""))?
                }
                "causeCategories" => {
                    self.cause_categories = texts(&v).ok_or_else(|| bad("an array of text"))?
                }
                "likelihoodValues" => {
                    self.likelihood_values = texts(&v).ok_or_else(|| bad("an array of text"))?
                }
                "deviationStandard" => {
                    self.deviation_standard =
                        Some(number(&v).ok_or_else(|| bad("a number of percent"))?)
                }
                "monitoringMonth" => {
                    self.monitoring_month = Some(
                        whole::<u32>(&v)
                            .filter(|m| (1..=12).contains(m))
                            .ok_or_else(|| bad("a month, 1 to 12"))?,
                    )
                }
                "executionBands" => {
                    self.execution_bands =
                        bands(&v).ok_or_else(|| bad("two ascending shares, as [0.6, 0.8]"))?
                }
                "indicatorBands" => {
                    self.indicator_bands = bands(&v)
                        .ok_or_else(|| bad("three ascending shares, as [0.6, 0.8, 1.2]"))?
                }
                _ => return Err(unknown(&path)),
            }
        }
        Ok(())
    }
}

/// A list of text.
#[cfg(feature = "lifecycle")]
fn texts(v: &OptionValue) -> Option<Vec<String>> {
    let OptionValue::List(items) = v else {
        return None;
    };
    items
        .iter()
        .map(|i| match i {
            OptionValue::Text(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// `N` numbers in a list, for bands.
#[cfg(feature = "lifecycle")]
fn bands<const N: usize>(v: &OptionValue) -> Option<[rust_decimal::Decimal; N]> {
    let OptionValue::List(items) = v else {
        return None;
    };
    let numbers: Vec<_> = items
        .iter()
        .map(|i| {
            i.text()
                .and_then(|t| crate::amount::parse_decimal(t.trim()))
        })
        .collect::<Option<_>>()?;
    numbers.try_into().ok()
}

/// Ok when `key` names a top-level option.
fn known(key: &str) -> Result<(), ProfileError> {
    const KEYS: [&str; 14] = [
        "lifecycle",
        "approved",
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
    #[cfg(feature = "lifecycle")]
    fn reads_the_lifecycle_section() {
        use crate::lifecycle::options::{ReasonLights, ReverseScoring, Strictness};
        let p = from_json(
            r#"{"lifecycle": {"gradeBands": [80, 70, 60], "reverseScoring": "inverse",
                "overAchievementRatio": 1.3, "overAchievementReason": "required",
                "executionReasonBelow": 0.9, "executionReason": "error", "targetRules": "inherit",
                "reasonRequiredFor": ["red"], "monitoringMonth": 7, "level1Weights": null,
                "costDefaultMaxScore": 5},
                "approved": {"projectName": "材料印刷", "indicators": [{"name": "材料印刷", "operator": "≥", "value": "500", "unit": "册"}]}}"#,
        )
        .unwrap();
        let l = &p.lifecycle;
        assert_eq!(l.grade_bands, [80.into(), 70.into(), 60.into()]);
        assert_eq!(l.reverse_scoring, ReverseScoring::Inverse);
        assert_eq!(l.over_achievement_ratio, Decimal::new(13, 1));
        assert_eq!(l.over_achievement_reason, Strictness::Error);
        assert_eq!(l.execution_reason_below, Some(Decimal::new(9, 1)));
        assert!(!l.cap_target_rules);
        assert_eq!(l.reason_required_for, ReasonLights::Red);
        assert_eq!(l.monitoring_month, Some(7));
        assert_eq!(l.level1_weights, None);
        assert_eq!(l.cost_default_max_score, Some(5.into()));
        assert_eq!(p.approved.as_ref().unwrap().indicators[0].value, "500");
        // Errors name the option.
        let e = from_json(r#"{"lifecycle": {"gradeBands": [90, 80]}}"#).unwrap_err();
        assert!(e.contains("lifecycle.gradeBands"), "{e}");
        let e = from_json(r#"{"lifecycle": {"nope": 1}}"#).unwrap_err();
        assert!(e.contains("lifecycle.nope"), "{e}");
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
