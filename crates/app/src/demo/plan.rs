//! Who is in the demo: the two organisations, their teachers, their classes, and which
//! families have a child in two classes. Names of the children and parents come from
//! `content/demo/names.json`; the tests from `content/demo/tests.json`.

/// A school or a learning centre, with its director's account.
pub struct OrgPlan {
    pub name: &'static str,
    /// `learning_centre` or `school`.
    pub kind: &'static str,
    pub email: &'static str,
    /// Codes from `kernel::regions`.
    pub region: &'static str,
    pub district: &'static str,
}

pub struct TeacherPlan {
    pub org: usize,
    pub name: &'static str,
    pub email: &'static str,
    pub language: &'static str,
}

pub struct ClassPlan {
    pub teacher: usize,
    pub name: &'static str,
    /// The language the class is taught in: its alphabet in Harf, its families' names.
    pub language: &'static str,
    pub size: usize,
    /// The children's age this year.
    pub age: i64,
    /// Harf cards the weakest and the strongest child have learned.
    pub cards: (usize, usize),
    /// Share of the families who use Alif24 in English (the rest in the class's language).
    pub english_share: f64,
}

pub const ORGS: [OrgPlan; 2] = [
    OrgPlan {
        name: "Bilim Nuri oʻquv markazi",
        kind: "learning_centre",
        email: "bilim-nuri@demo.alif24.uz",
        region: "tashkent_city",
        district: "yunusobod",
    },
    OrgPlan {
        name: "Samarqanddagi 21-maktab",
        kind: "school",
        email: "maktab21@demo.alif24.uz",
        region: "samarkand",
        district: "samarqand",
    },
];

pub const TEACHERS: [TeacherPlan; 5] = [
    TeacherPlan {
        org: 0,
        name: "Dilnoza Rashidova",
        email: "dilnoza.rashidova@demo.alif24.uz",
        language: "uz",
    },
    TeacherPlan {
        org: 0,
        name: "Елена Ким",
        email: "elena.kim@demo.alif24.uz",
        language: "ru",
    },
    TeacherPlan {
        org: 0,
        name: "Jasur Toʻxtayev",
        email: "jasur.toxtayev@demo.alif24.uz",
        language: "en",
    },
    TeacherPlan {
        org: 1,
        name: "Oʻktam Gʻaniyev",
        email: "oktam.ganiyev@demo.alif24.uz",
        language: "uz",
    },
    TeacherPlan {
        org: 1,
        name: "Mohira Yoʻldosheva",
        email: "mohira.yoldosheva@demo.alif24.uz",
        language: "uz",
    },
];

pub const CLASSES: [ClassPlan; 5] = [
    ClassPlan {
        teacher: 0,
        name: "Alifbo guruhi (6 yosh)",
        language: "uz",
        size: 24,
        age: 6,
        cards: (3, 18),
        english_share: 0.0,
    },
    ClassPlan {
        teacher: 1,
        name: "Подготовительная группа «Буквы»",
        language: "ru",
        size: 22,
        age: 6,
        cards: (3, 16),
        english_share: 0.0,
    },
    ClassPlan {
        teacher: 2,
        name: "English Starters",
        language: "en",
        size: 20,
        age: 8,
        cards: (5, 20),
        english_share: 0.6,
    },
    ClassPlan {
        teacher: 3,
        name: "2-A sinf",
        language: "uz",
        size: 28,
        age: 8,
        cards: (1, 8),
        english_share: 0.0,
    },
    ClassPlan {
        teacher: 4,
        name: "2-B sinf",
        language: "uz",
        size: 26,
        age: 8,
        cards: (1, 8),
        english_share: 0.0,
    },
];

/// Families with a child in each of two classes: (class, class, how many families). The
/// centre's Uzbek group and its English class are in one city; 2-A and 2-B have twins.
pub const SIBLINGS: [(usize, usize, usize); 3] = [(0, 2, 6), (3, 4, 4), (1, 1, 1)];

/// The platform administrator of the demo, who approves the two organisations.
pub const ADMIN_EMAIL: &str = "admin@demo.alif24.uz";
pub const ADMIN_NAME: &str = "Alif24 demo";
