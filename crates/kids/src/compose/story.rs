//! Writing one story: resolve the choices, pick the helper, plot and variants by the seed,
//! render each beat into a paragraph with its picture.

use super::content::{content, Content, HeroDef, PlaceDef, Plot, ThemeDef};
use super::grammar::{self, Role};
use super::render::{self, capitalize, Ctx};
use super::rng::Rng;
use super::{beats, quiz, ComposeError, Request, Story};
use crate::model::Lang;

/// Everything one story is about, resolved from a request.
pub(crate) struct Cast<'a> {
    pub lang: Lang,
    pub c: &'a Content,
    pub hero: &'a HeroDef,
    pub helper: &'a HeroDef,
    pub place: &'a PlaceDef,
    pub theme: &'a ThemeDef,
    pub plot: &'a Plot,
    pub hero_role: Role,
    pub helper_role: Role,
    pub place_role: Role,
    pub thing_role: Role,
}

impl Cast<'_> {
    /// The roles templates may name.
    pub(crate) fn ctx(&self) -> Ctx<'_> {
        Ctx {
            roles: vec![
                ("hero", &self.hero_role),
                ("helper", &self.helper_role),
                ("place", &self.place_role),
                ("thing", &self.thing_role),
            ],
        }
    }
}

fn find<'a, T>(
    items: &'a [T],
    id: Option<&str>,
    what: &'static str,
    key: impl Fn(&T) -> &str,
    rng: &mut Rng,
) -> Result<&'a T, ComposeError> {
    match id {
        Some(id) => items
            .iter()
            .find(|t| key(t) == id)
            .ok_or(ComposeError::Unknown(what)),
        None => Ok(rng.pick(items)),
    }
}

/// Writes the story `req` asks for.
pub fn compose(req: &Request) -> Result<Story, ComposeError> {
    write(req).map(|(story, _)| story)
}

/// The story and the id of the helper the seed picked.
pub(crate) fn write(req: &Request) -> Result<(Story, String), ComposeError> {
    let c = content(req.lang);
    let mut rng = Rng::new(req.seed, 1);
    let hero = find(&c.heroes, req.hero, "hero", |h| &h.id, &mut rng)?;
    let place = find(&c.places, req.place, "place", |p| &p.id, &mut rng)?;
    let theme = find(&c.themes, req.theme, "theme", |t| &t.id, &mut rng)?;
    let others: Vec<&HeroDef> = c.heroes.iter().filter(|h| h.id != hero.id).collect();
    let helper = *rng.pick(others.as_slice());
    let plot = rng.pick(theme.plots.as_slice());
    let name = req
        .name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| match req.lang {
            Lang::Uz => capitalize(&grammar::uz_apostrophes(n)),
            _ => capitalize(n),
        });
    let cast = Cast {
        lang: req.lang,
        c,
        hero,
        helper,
        place,
        theme,
        plot,
        hero_role: grammar::hero(req.lang, hero, name.as_deref(), &c.named),
        helper_role: grammar::hero(req.lang, helper, None, &c.named),
        place_role: grammar::place(place),
        thing_role: grammar::thing(place),
    };
    let ctx = cast.ctx();
    let mut paragraphs = Vec::new();
    let mut pictures = Vec::new();
    for beat in beats(req.length) {
        let variants = plot.beats.get(*beat).or_else(|| c.beats.get(*beat));
        let Some(variants) = variants.filter(|v| !v.is_empty()) else {
            continue;
        };
        let text = render::variant(rng.pick(variants), req.age, &ctx, &mut rng);
        paragraphs.push(capitalize(&text));
        pictures.push(picture(&cast, beat));
    }
    let title = capitalize(&render::render(
        rng.pick::<String>(&theme.titles),
        &ctx,
        &mut rng,
    ));
    let moral = render::render(rng.pick::<String>(&theme.morals), &ctx, &mut rng);
    let questions = quiz::questions(&cast, req.age, req.length, &mut rng);
    let talk = quiz::talk(&cast, req.age, req.length, &mut rng);
    let story = Story {
        title,
        paragraphs,
        pictures,
        questions,
        talk,
        moral,
        hero: hero.id.clone(),
        place: place.id.clone(),
        theme: theme.id.clone(),
    };
    Ok((story, helper.id.clone()))
}

fn picture(cast: &Cast, beat: &str) -> String {
    match beat {
        "open" => &cast.hero.emoji,
        "scene" => &cast.place.thing_emoji,
        "problem" => &cast.plot.problem_emoji,
        "try" => "🤔",
        "help" => &cast.helper.emoji,
        "act" => &cast.plot.act_emoji,
        "end" => &cast.theme.emoji,
        "home" => "🏡",
        _ => &cast.place.emoji,
    }
    .to_string()
}
