"""French vocabulary and Markdown body generation for the benchmark corpus.

Everything is drawn from a `random.Random` passed in by the caller, so the
same seed always yields the same text.
"""

import unicodedata

TAGS = [
    "référencement", "accessibilité", "sécurité", "données ouvertes", "éco-conception",
    "intelligence artificielle", "développement web", "logiciel libre", "javascript", "swift",
    "expérience utilisateur", "design", "mobile", "emploi", "entrepreneuriat",
    "numérique responsable", "vie privée", "rgpd", "cms", "wordpress",
    "drupal", "e-commerce", "marketing", "réseaux sociaux", "startups",
    "cantine", "coworking", "bretagne", "quimper", "fablab",
    "impression 3d", "objets connectés", "cloud", "devops", "tests",
    "performance", "typographie", "photographie", "vidéo", "podcast",
]

TOPICS = [
    "Le référencement naturel", "L'accessibilité des sites", "La sécurité des applications",
    "Les données ouvertes en Cornouaille", "L'éco-conception web", "L'intelligence artificielle au quotidien",
    "Le développement mobile", "Le logiciel libre dans les collectivités", "Le commerce en ligne",
    "Les réseaux sociaux pour les associations", "Créer sa startup en Bretagne", "Le design d'interfaces",
    "La typographie à l'écran", "Les objets connectés", "L'impression 3D au fablab",
    "Le cloud souverain", "Les tests automatisés", "La performance web", "Le podcast de A à Z",
    "La vidéo en ligne", "Le RGPD expliqué simplement", "Les métiers du numérique",
]

ANGLES = [
    "retours d'expérience", "mode d'emploi", "bonnes pratiques", "idées reçues",
    "premiers pas", "ce qui a changé", "outils et méthodes", "questions-réponses",
    "un cas concret", "état des lieux",
]

FIRST_NAMES = [
    "Anne", "Yann", "Gwenaëlle", "Erwan", "Maëlle", "Loïc", "Soizic", "Ronan", "Nolwenn", "Tanguy",
    "Katell", "Goulven", "Morgane", "Gaël", "Rozenn", "Hervé", "Lénaïg", "Pierrick", "Solène", "Corentin",
    "Aurélie", "Mikaël", "Élodie", "Brieuc", "Anaïs", "Jérôme", "Clémence", "Fañch", "Héloïse", "Tugdual",
    "Émilie", "Kévin", "Noémie", "Stéphane", "Chloé", "Benoît", "Léa", "François", "Inès", "Gwendal",
    "Céline", "Mathieu", "Sterenn", "Julien", "Armelle", "Thibault", "Marine", "Alexandre", "Awen", "Denez",
    "Hélène", "Olivier", "Bleuenn", "Cédric", "Laëtitia", "Nicolas", "Enora", "Sébastien", "Glenn", "Zoé",
]

LAST_NAMES = [
    "Le Goff", "Le Coz", "Kerlann", "Le Bihan", "Guéguen", "Le Gall", "Tanguy", "Quéré", "Le Roux", "Morvan",
    "Le Floc'h", "Cariou", "Le Berre", "Jézéquel", "Nédélec", "Le Meur", "Caradec", "Pennec", "Le Corre", "Riou",
    "Hénaff", "Le Bris", "Salaün", "Kervella", "Le Moal", "Abgrall", "Le Duff", "Toullec", "Le Page", "Quémeneur",
    "Bléas", "Le Hir", "Gourmelon", "Le Saux", "Donnart", "Le Dréau", "Plouzennec", "Stéphan", "Le Bars", "Ollivier",
    "Chardonneau", "Rogel", "Loussouarn", "Le Gac", "Briand", "Kerjean", "Le Borgne", "Prigent", "Urvoas", "Lozac'h",
]

AFFILIATIONS = [
    "Agence Kerlann", "Cantine numérique de Cornouaille", "Université de Bretagne Occidentale",
    "Silicon Kerné", "Quimper Bretagne Occidentale", "indépendante", "indépendant", "Fablab de Quimper",
    "Studio Penn ar Bed", "Association Infini", "Coopérative Oxalis", "Lycée de Kerustum",
]

SUBJECTS = [
    "L'intervenante", "L'intervenant", "La Cantine numérique", "Le public", "Chaque participant",
    "L'équipe de Silicon Kerné", "Une développeuse quimpéroise", "Un graphiste de Douarnenez",
    "La salle", "Notre invité", "Une étudiante de l'IUT", "Le collectif",
]

VERBS = [
    "a présenté", "a détaillé", "a rappelé", "a montré", "a expliqué", "a comparé", "a défendu",
    "a mis en évidence", "a questionné", "a illustré", "a résumé", "a décortiqué",
]

OBJECTS = [
    "les bonnes pratiques du référencement", "une démarche d'éco-conception", "les pièges de l'accessibilité",
    "le coût réel d'une application mobile", "les enjeux de la vie privée", "une méthode de tests rapide",
    "les outils libres qu'il utilise chaque jour", "l'histoire des apéros web quimpérois",
    "les étapes d'un projet réussi", "la place du numérique en Cornouaille", "des exemples très concrets",
    "les limites des réseaux sociaux", "une architecture sobre et rapide", "les résultats d'une enquête locale",
]

COMPLEMENTS = [
    "avec beaucoup d'humour", "devant une salle comble", "à partir d'exemples concrets",
    "en s'appuyant sur des projets bretons", "pendant près d'une heure", "sans jargon inutile",
    "autour d'un verre de cidre", "avant une longue séance de questions", "chiffres à l'appui",
    "en donnant la parole au public", "comme à son habitude", "malgré la pluie finistérienne",
]

QUOTES = [
    "Le meilleur code est celui qu'on n'écrit pas",
    "Un site accessible est un site plus simple pour tout le monde",
    "On ne mesure pas ce qu'on ne regarde pas",
    "La sobriété numérique commence par une question : en a-t-on vraiment besoin ?",
    "Ici, tout le monde peut poser sa question, même la plus naïve",
]

HEADINGS = [
    "Ce qu'il faut retenir", "Le déroulé de la soirée", "Les questions du public", "Pour aller plus loin",
    "Les outils présentés", "Un peu de contexte", "Et après ?", "Les chiffres clés", "En pratique",
]

LIST_ITEMS = [
    "mesurer avant d'optimiser", "écrire des textes alternatifs utiles", "tester sur un vieux téléphone",
    "alléger les images", "documenter les choix techniques", "demander l'avis des utilisateurs",
    "préférer les formats ouverts", "sauvegarder régulièrement", "relire les conditions d'utilisation",
    "partager le code sous licence libre", "prévoir une version imprimable", "garder un œil sur les journaux",
]

LINKS = [
    ("le site de la Cantine", "https://www.lacantine-quimper.example/"),
    ("les diapositives", "https://slides.example.org/breizhpero"),
    ("la documentation officielle", "https://developer.mozilla.org/fr/"),
    ("le dépôt du projet", "https://git.example.org/silicon-kerne/projet"),
    ("l'article complet", "https://blog.example.net/2013/retour-apero"),
]

EMOJIS = ["🍻", "🎉", "🚀", "💡", "🙂", "👏"]

PHOTO_COUNT = 8


def slugify(text):
    """Kerné's slug rule: fold diacritics, lowercase, runs of other characters become one '-'."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in ascii_only:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def sentence(rng, style=""):
    obj = rng.choice(OBJECTS)
    if style == "em":
        obj = "*" + obj + "*"
    elif style == "strong":
        obj = "**" + obj + "**"
    kind = rng.random()
    if kind < 0.12:
        return "Faut-il vraiment revoir " + obj + " ? " + rng.choice(SUBJECTS) + " le pense."
    if kind < 0.2:
        return rng.choice(SUBJECTS) + " l'a dit : « " + rng.choice(QUOTES) + " »."
    return " ".join([rng.choice(SUBJECTS), rng.choice(VERBS), obj, rng.choice(COMPLEMENTS)]) + "."


def paragraph(rng, sentences):
    styles = ["", "", "", "em", "strong"]
    return " ".join(sentence(rng, rng.choice(styles)) for _ in range(sentences))


def word_count(blocks):
    return sum(len(block.split()) for block in blocks)


def body(rng, min_words=600, max_words=900):
    """A French Markdown body with every construct the generators have to handle."""
    target = rng.randint(min_words, max_words)
    label, url = rng.choice(LINKS)
    headings = rng.sample(HEADINGS, 3)
    blocks = [
        paragraph(rng, rng.randint(2, 3)),
        "## " + headings[0],
        paragraph(rng, rng.randint(3, 5)),
        "\n".join("- " + item for item in rng.sample(LIST_ITEMS, rng.randint(3, 5))),
        "## " + headings[1],
        paragraph(rng, rng.randint(2, 4)) + " Retrouvez [" + label + "](" + url + ") en ligne.",
        "![" + rng.choice(SUBJECTS) + " pendant la présentation](/photos/photo-"
        + str(rng.randint(1, PHOTO_COUNT)) + ".jpg)",
        "> " + rng.choice(QUOTES) + ".\n> — " + rng.choice(FIRST_NAMES) + " " + rng.choice(LAST_NAMES),
        "## " + headings[2],
    ]
    while word_count(blocks) < target:
        blocks.append(paragraph(rng, rng.randint(3, 6)))
    blocks.append("Merci à toutes et à tous, et à bientôt pour le prochain apéro " + rng.choice(EMOJIS))
    return "\n\n".join(blocks) + "\n"
