//! Profiles: the per-deployment settings of a review (框架, 预算年度, 金额单位, thresholds, rule
//! selection), like eslint's or ruff's configuration.
//!
//! Deployments differ — real systems switch each check between 强制性审核 (blocking) and
//! 提示性审核 (advisory) — so every rule's level can be overridden or turned `off`. Unknown
//! options and unknown rule ids are errors, never silently ignored.

mod options;

use crate::diagnostic::Level;
use crate::raw::{Column, Field};
use crate::rules::RuleId;
use crate::taxonomy::Framework;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::fmt;

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Simplified Chinese, the default.
    #[default]
    Zh,
    En,
}

/// The one locale this build has messages in, when it has only one: the validator's wasm
/// modules, `jixiao` in zh-CN and `jixiao/en` (feature `wasm-en`) in English. A form shows one
/// language, and the other's text was 6.6 KB gzip of every page: a module that switched at
/// runtime did not fit the 128 KB budget. Natively and in the importer's and the workbook
/// reader's modules, `None`: every locale.
pub const BUILD_LOCALE: Option<Locale> = if cfg!(all(
    target_arch = "wasm32",
    not(any(feature = "wasm-importer", feature = "wasm-xlsx"))
)) {
    if cfg!(feature = "wasm-en") {
        Some(Locale::En)
    } else {
        Some(Locale::Zh)
    }
} else {
    None
};

impl Locale {
    /// `zh-CN` (or `zh`, `zh-Hans`, `zh_CN`) or `en` (or `en-US`, `en-GB`).
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "zh-CN" | "zh" | "zh-Hans" | "zh_CN" => Some(Locale::Zh),
            "en" | "en-US" | "en-GB" => Some(Locale::En),
            _ => None,
        }
    }
}

/// The money unit of amounts in the table (单位：万元 / 元).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AmountUnit {
    #[default]
    TenThousandYuan,
    Yuan,
}

impl AmountUnit {
    /// `万元` or `元`.
    pub fn parse(s: &str) -> Option<AmountUnit> {
        match s {
            "万元" => Some(AmountUnit::TenThousandYuan),
            "元" => Some(AmountUnit::Yuan),
            _ => None,
        }
    }

    pub fn yuan(self) -> u64 {
        match self {
            AmountUnit::TenThousandYuan => 10_000,
            AmountUnit::Yuan => 1,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            AmountUnit::TenThousandYuan => "万元",
            AmountUnit::Yuan => "元",
        }
    }
}

/// Size limits that keep a keystroke cheap whatever is pasted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Most indicator rows checked; rows beyond are reported, not checked.
    pub max_rows: usize,
    /// Most characters in one text field; longer text is reported and checked only up to this.
    pub max_text_length: usize,
    /// Most characters in the whole table (every field and cell, each counted up to
    /// `max_text_length`); rows past it are reported, not checked.
    pub max_input_length: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_rows: 200,
            max_text_length: 2_000,
            max_input_length: 20_000,
        }
    }
}

/// The review settings. Every field has a default, so `{}` is a valid profile. Read from
/// options by [`Profile::from_options`] (and serde, through it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// 2020 or 2021 taxonomy; `None` (the default): each table's own, read from its rows
    /// ([`crate::taxonomy::detect`]).
    pub framework: Option<Framework>,
    /// Budget year when the table does not give one.
    pub year: Option<i32>,
    pub locale: Locale,
    /// The unit of the budget and of cost targets written without one.
    pub amount_unit: AmountUnit,
    /// Most decimals allowed in the budget, in `amount_unit` (6 in 万元 = 1 分).
    pub amount_decimals: u32,
    /// Lowest acceptable satisfaction target, in percent.
    pub satisfaction_min: Decimal,
    /// Graded wording accepted for qualitative (定性) targets.
    pub qualitative_grades: Vec<String>,
    /// Whether every row needs a deadline (完成时限).
    pub deadline_required: bool,
    /// The header fields the form has, when the deployment knows them (a portal does): those
    /// left empty are errors. `None` (the default): only the project name is taken as
    /// certainly there; other empty fields are noted (info), since many provinces' forms have no
    /// 实施单位 or show no 预算.
    pub fields: Option<Vec<Field>>,
    /// The indicator columns the form has. `None` (the default): read from the rows — a column
    /// no row fills is taken as one the form does not have (no 完成时限, no 运算符号 column).
    pub columns: Option<Vec<Column>>,
    /// Per-rule level overrides: rule → `error` | `warning` | `info` | `off`.
    pub rules: HashMap<RuleId, Level>,
    pub limits: Limits,
    /// What provinces do differently on the monitoring and self-evaluation forms.
    #[cfg(feature = "lifecycle")]
    pub lifecycle: crate::lifecycle::LifecycleOptions,
    /// The target table as approved, given beside a monitoring or self-evaluation table
    /// (`options.approved`, CLI `--approved FILE`): `target-changed` compares the two.
    #[cfg(feature = "lifecycle")]
    pub approved: Option<std::sync::Arc<crate::raw::RawTable>>,
}

/// The grade wordings found in real systems and tables (DOMAIN.md).
pub const DEFAULT_GRADES: &[&str] = &[
    "达成预期指标",
    "部分达成预期指标并具有一定效果",
    "未完成预期指标且效果较差",
    "好",
    "较好",
    "一般",
    "差",
    "优",
    "良",
    "中",
    "显著提升",
    "有所提升",
    "明显提升",
    "稳步提升",
    "平稳运行",
    "正常运行",
    "足额保障",
    "有效保障",
    "符合要求",
    "达到要求",
    "达标",
    "合格",
    "是",
    "否",
];

impl Default for Profile {
    fn default() -> Profile {
        Profile {
            framework: None,
            year: None,
            locale: BUILD_LOCALE.unwrap_or_default(),
            amount_unit: AmountUnit::TenThousandYuan,
            amount_decimals: 6,
            satisfaction_min: Decimal::from(85),
            qualitative_grades: DEFAULT_GRADES.iter().map(|s| s.to_string()).collect(),
            deadline_required: true,
            fields: None,
            columns: None,
            rules: HashMap::new(),
            limits: Limits::default(),
            #[cfg(feature = "lifecycle")]
            lifecycle: Default::default(),
            #[cfg(feature = "lifecycle")]
            approved: None,
        }
    }
}

/// Options that cannot be used, and the option that is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// An option jixiao does not have (`limits.maxRowz`), or a rule id it does not know
    /// (`rules.no-such-rule`).
    Unknown { option: String },
    /// An option with a value it cannot take.
    Invalid {
        option: String,
        expected: String,
        found: String,
    },
    /// The options are not an object at all.
    NotAnObject { found: String },
}

impl ProfileError {
    /// A stable code for programs: `unknown-option`, `invalid-option` or `invalid-options`.
    pub fn code(&self) -> &'static str {
        match self {
            ProfileError::Unknown { .. } => "unknown-option",
            ProfileError::Invalid { .. } => "invalid-option",
            ProfileError::NotAnObject { .. } => "invalid-options",
        }
    }

    /// The option named, as a dotted path (`limits.maxRows`).
    pub fn option(&self) -> Option<&str> {
        match self {
            ProfileError::Unknown { option } | ProfileError::Invalid { option, .. } => Some(option),
            ProfileError::NotAnObject { .. } => None,
        }
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::Unknown { option } => match option.strip_prefix("rules.") {
                Some(id) => write!(f, "unknown rule id in option `rules`: “{id}”"),
                None => write!(f, "unknown option `{option}`"),
            },
            ProfileError::Invalid {
                option,
                expected,
                found,
            } => write!(
                f,
                "invalid option `{option}`: expected {expected}, found {found}"
            ),
            ProfileError::NotAnObject { found } => {
                write!(f, "options must be an object, not {found}")
            }
        }
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// Checks what the types cannot: numbers are in range.
    pub fn validate(&self) -> Result<(), ProfileError> {
        let invalid = |option: &str, expected: &str, found: String| {
            Err(ProfileError::Invalid {
                option: option.into(),
                expected: expected.into(),
                found,
            })
        };
        if let Some(y) = self.year {
            if !crate::deadline::YEARS.contains(&y) {
                return invalid("year", "a year from 1900 to 2200", y.to_string());
            }
        }
        if self.amount_decimals > 10 {
            return invalid("amountDecimals", "0–10", self.amount_decimals.to_string());
        }
        if self.satisfaction_min < Decimal::ZERO || self.satisfaction_min > Decimal::ONE_HUNDRED {
            return invalid(
                "satisfactionMin",
                "0–100",
                self.satisfaction_min.to_string(),
            );
        }
        let l = &self.limits;
        for (name, v) in [
            ("maxRows", l.max_rows),
            ("maxTextLength", l.max_text_length),
            ("maxInputLength", l.max_input_length),
        ] {
            if v == 0 {
                return invalid(
                    &format!("limits.{name}"),
                    "a positive whole number",
                    "0".into(),
                );
            }
        }
        Ok(())
    }

    /// The level a rule runs at under this profile.
    pub fn level(&self, rule: &crate::rules::Rule) -> Level {
        // Most profiles change no level: no need to hash every rule's id on every check.
        if self.rules.is_empty() {
            return rule.level;
        }
        self.rules.get(&rule.id).copied().unwrap_or(rule.level)
    }

    /// True when messages are Chinese. A constant in a build of one locale, so that the
    /// other's text is left out.
    pub fn zh(&self) -> bool {
        BUILD_LOCALE.unwrap_or(self.locale) == Locale::Zh
    }
}
