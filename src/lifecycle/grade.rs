//! The grade of a self-evaluation's total (LIFECYCLE.md §3.8): 优 ≥ 90 · 良 [80, 90) ·
//! 中 [60, 80) · 差 < 60 centrally (财政部预算司); the vendor's stock bands are 80/70/60.

use super::options::LifecycleOptions;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// 优.
    Excellent,
    /// 良.
    Good,
    /// 中.
    Fair,
    /// 差.
    Poor,
}

impl Grade {
    /// The grade of `total` under the profile's bands.
    pub fn of(total: Decimal, o: &LifecycleOptions) -> Grade {
        let [a, b, c] = o.grade_bands;
        if total >= a {
            Grade::Excellent
        } else if total >= b {
            Grade::Good
        } else if total >= c {
            Grade::Fair
        } else {
            Grade::Poor
        }
    }

    /// `优`, `优秀`, `良好`, `合格`? — the four grades as written; `None` otherwise.
    pub fn parse(s: &str) -> Option<Grade> {
        Some(
            match crate::text::compact(s).trim_end_matches(['级', '等']) {
                "优" | "优秀" => Grade::Excellent,
                "良" | "良好" => Grade::Good,
                "中" | "中等" | "一般" => Grade::Fair,
                "差" | "较差" => Grade::Poor,
                _ => return None,
            },
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Grade::Excellent => "优",
            Grade::Good => "良",
            Grade::Fair => "中",
            Grade::Poor => "差",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Grade::Excellent => "excellent",
            Grade::Good => "good",
            Grade::Fair => "fair",
            Grade::Poor => "poor",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        let o = LifecycleOptions::default();
        let g = |s: &str| Grade::of(s.parse().unwrap(), &o);
        assert_eq!(g("89.73"), Grade::Good);
        assert_eq!(g("90"), Grade::Excellent);
        assert_eq!(g("59.99"), Grade::Poor);
        let vendor = LifecycleOptions {
            grade_bands: [80.into(), 70.into(), 60.into()],
            ..o
        };
        assert_eq!(
            Grade::of("89.73".parse().unwrap(), &vendor),
            Grade::Excellent
        );
        assert_eq!(Grade::parse("良"), Some(Grade::Good));
        assert_eq!(Grade::parse("优秀"), Some(Grade::Excellent));
        assert_eq!(Grade::parse("A"), None);
    }
}
