-- rules/schema/eu-victim-residence.lua: facts for Directive 2004/81/EC
-- (section `victim_residence`): the reflection period and the residence
-- permit for third-country nationals who are victims of trafficking in human
-- beings (or, if the State so chooses, who have been the subject of an
-- action to facilitate illegal immigration) and who cooperate with the
-- competent authorities; their treatment before and after the permit; the
-- rules for minors; access to work, training and education; programmes;
-- non-renewal and withdrawal.
--
-- Every fact is a standard measure (adopted true / false / "partly", source,
-- url, note, from, repealed, missing); `extra` adds the few details the
-- findings compute on (the length of the reflection period, the validity of
-- the permit, the grounds of withdrawal).
--
-- The options of the directive are measures too: `adopted = true` says the
-- State chose the option (art. 3(2) victims of facilitated illegal
-- immigration, art. 3(3) minors...), `adopted = false` that it did not.
-- Art. 10 binds only a State that applies the directive to minors, so its
-- facts are read only when `minors` is adopted.
--
-- Facts that live elsewhere and are not repeated here:
--   * the national transposing measures, their dates, their reference to the
--     directive and their communication to the Commission (the table of
--     correspondence: rules/schema/eu-transposition.lua);
--   * the information sent to the Commission for its report (art. 16(1)) is
--     an item of `notifications` with provision = "eu-2004-81:16.1";
--   * the safety and protection needs of art. 7(2) are met by the State's
--     measures protecting victims (`protection.victim_protection`, the fact
--     of UNTOC art. 25(1)): one national fact, entered once.  The treatment
--     the directive asks for (subsistence, emergency care, a reflection
--     period, a permit) has no UNTOC counterpart and is kept here.
return {
  fields = {
    victim_residence = {
      type = "record",
      doc = { en = "Residence permits for third-country nationals who are victims of trafficking in human beings, or subject of facilitation of illegal immigration, and who cooperate with the authorities (Directive 2004/81/EC).",
              fr = "Titre de séjour des ressortissants de pays tiers victimes de la traite des êtres humains, ou ayant fait l'objet d'une aide à l'immigration clandestine, qui coopèrent avec les autorités (directive 2004/81/CE)." },
      fields = {
        trafficking_victims = { type = "measure",
          question = { en = "Does national law provide a reflection period and a residence permit for third-country nationals who are, or have been, victims of offences related to trafficking in human beings, even if they entered the territory illegally (Directive 2004/81/EC, art. 3(1))?",
                       fr = "Le droit national prévoit-il un délai de réflexion et un titre de séjour pour les ressortissants de pays tiers qui sont, ou ont été, victimes d'infractions liées à la traite des êtres humains, même s'ils sont entrés clandestinement sur le territoire (directive 2004/81/CE, art. 3, par. 1) ?" } },
        smuggled_persons = { type = "measure",
          question = { en = "Does the State also apply that scheme to third-country nationals who have been the subject of an action to facilitate illegal immigration (option of art. 3(2))?",
                       fr = "L'État applique-t-il aussi ce régime aux ressortissants de pays tiers qui ont fait l'objet d'une aide à l'immigration clandestine (faculté de l'art. 3, par. 2) ?" } },
        minors = { type = "measure",
          question = { en = "Does the State apply the scheme to minors, under the conditions of its national law (option of art. 3(3), second subparagraph, which brings art. 10 into play)?",
                       fr = "L'État applique-t-il ce régime aux personnes mineures, dans les conditions prévues par son droit national (faculté de l'art. 3, par. 3, second alinéa, qui rend l'art. 10 applicable) ?" } },
        information = { type = "measure",
          question = { en = "When the competent authorities consider that a third-country national may fall within the scheme, must they inform the person of the possibilities it offers (art. 5)?",
                       fr = "Lorsque les autorités compétentes estiment qu'un ressortissant de pays tiers peut relever de ce régime, doivent-elles informer la personne des possibilités qu'il offre (art. 5) ?" } },
        information_by_ngos = { type = "measure",
          question = { en = "May that information also be given by a non-governmental organisation or association specifically appointed by the State (option of art. 5, second subparagraph)?",
                       fr = "Cette information peut-elle aussi être fournie par une organisation non gouvernementale ou une association expressément désignée par l'État (faculté de l'art. 5, second alinéa) ?" } },
        reflection_period = { type = "measure",
          extra = { days = { type = "integer", doc = { en = "Length of the reflection period, in days.", fr = "Durée du délai de réflexion, en jours." } } },
          question = { en = "Does national law guarantee a reflection period allowing the persons concerned to recover and escape the influence of the perpetrators, so that they can take an informed decision on cooperating? How long is it (art. 6(1))?",
                       fr = "Le droit national garantit-il un délai de réflexion permettant aux personnes concernées de se rétablir et de se soustraire à l'influence des auteurs des infractions, afin de décider en connaissance de cause de coopérer ? Quelle est sa durée (art. 6, par. 1) ?" } },
        reflection_protection = { type = "measure",
          question = { en = "During the reflection period, and while the authorities have not decided, do the persons concerned have access to the treatment of art. 7, and is no expulsion order enforced against them (art. 6(2))?",
                       fr = "Pendant le délai de réflexion, et tant que les autorités ne se sont pas prononcées, les personnes concernées ont-elles accès au traitement prévu à l'art. 7, et aucune mesure d'éloignement n'est-elle exécutée à leur égard (art. 6, par. 2) ?" } },
        reflection_termination = { type = "measure",
          question = { en = "May the reflection period be terminated where the person has actively, voluntarily and on his or her own initiative renewed contact with the perpetrators, or for reasons of public policy and domestic security (option of art. 6(4))?",
                       fr = "Le délai de réflexion peut-il prendre fin si la personne a activement, volontairement et de sa propre initiative renoué un lien avec les auteurs, ou pour des raisons d'ordre public et de sécurité intérieure (faculté de l'art. 6, par. 4) ?" } },
        subsistence = { type = "measure",
          question = { en = "Are the persons concerned who lack sufficient resources granted standards of living capable of ensuring their subsistence and access to emergency medical treatment (art. 7(1), first sentence)?",
                       fr = "Les personnes concernées qui ne disposent pas de ressources suffisantes bénéficient-elles de conditions de vie susceptibles d'assurer leur subsistance et de l'accès aux soins médicaux d'urgence (art. 7, par. 1, première phrase) ?" } },
        vulnerable_needs = { type = "measure",
          question = { en = "Are the special needs of the most vulnerable attended to, including psychological assistance where appropriate and where national law provides for it (art. 7(1), second sentence)?",
                       fr = "Est-il subvenu aux besoins particuliers des personnes les plus vulnérables, y compris, le cas échéant et si le droit national le prévoit, par une assistance psychologique (art. 7, par. 1, seconde phrase) ?" } },
        translation = { type = "measure",
          question = { en = "Are translation and interpreting services provided to the persons concerned where appropriate (art. 7(3))?",
                       fr = "Une assistance linguistique est-elle fournie, le cas échéant, aux personnes concernées (art. 7, par. 3) ?" } },
        free_legal_aid = { type = "measure",
          question = { en = "Is free legal aid available to the persons concerned under the conditions of national law (option of art. 7(4))?",
                       fr = "Une assistance juridique gratuite est-elle ouverte aux personnes concernées dans les conditions du droit national (faculté de l'art. 7, par. 4) ?" } },
        permit = { type = "measure",
          question = { en = "After the reflection period (or earlier), does the State examine whether prolonging the stay is opportune for the investigation or the proceedings, whether the person shows a clear intention to cooperate and has severed all links with the suspected perpetrators, and issue a residence permit when those conditions are met (art. 8(1) and (2))?",
                       fr = "À l'expiration du délai de réflexion (ou plus tôt), l'État examine-t-il s'il est opportun de prolonger le séjour aux fins de l'enquête ou de la procédure, si l'intéressé manifeste une volonté claire de coopération et s'il a rompu tout lien avec les auteurs présumés, et délivre-t-il un titre de séjour lorsque ces conditions sont remplies (art. 8, par. 1 et 2) ?" } },
        permit_validity = { type = "measure",
          extra = { months = { type = "integer", doc = { en = "Minimum validity of the permit, in months.", fr = "Durée minimale de validité du titre, en mois." } } },
          question = { en = "For how many months at least is the residence permit valid (art. 8(3): at least six months)?",
                       fr = "Pour combien de mois au moins le titre de séjour est-il valable (art. 8, par. 3 : au moins six mois) ?" } },
        permit_renewal = { type = "measure",
          question = { en = "Is the permit renewed if the conditions of art. 8(2) continue to be satisfied (art. 8(3), second sentence)?",
                       fr = "Le titre est-il renouvelé si les conditions de l'art. 8, par. 2, continuent d'être remplies (art. 8, par. 3, seconde phrase) ?" } },
        treatment_after = { type = "measure",
          question = { en = "Do permit holders who lack sufficient resources receive at least the treatment of art. 7 (art. 9(1))?",
                       fr = "Les titulaires du titre qui ne disposent pas de ressources suffisantes reçoivent-ils un traitement au moins équivalent à celui de l'art. 7 (art. 9, par. 1) ?" } },
        special_needs_assistance = { type = "measure",
          question = { en = "Do those without sufficient resources who have special needs (pregnant women, the disabled, victims of sexual violence or other forms of violence, and minors where the State applies the directive to them) receive the necessary medical or other assistance (art. 9(2))?",
                       fr = "Les personnes sans ressources suffisantes qui ont des besoins particuliers (femmes enceintes, personnes handicapées, victimes de violences sexuelles ou d'autres formes de violence, et mineurs si l'État leur applique la directive) reçoivent-elles l'assistance médicale nécessaire ou toute autre assistance (art. 9, par. 2) ?" } },
        minors_best_interests = { type = "measure",
          question = { en = "In applying the scheme to minors, do the authorities take due account of the best interests of the child, with a procedure appropriate to the child's age and maturity (art. 10(a))?",
                       fr = "Dans l'application du régime aux mineurs, les autorités prennent-elles dûment en considération l'intérêt supérieur de l'enfant, avec une procédure appropriée à son âge et à sa maturité (art. 10, point a)) ?" } },
        minors_reflection_extension = { type = "measure",
          question = { en = "May the reflection period be extended in the best interests of the child (option of art. 10(a))?",
                       fr = "Le délai de réflexion peut-il être prolongé dans l'intérêt de l'enfant (faculté de l'art. 10, point a)) ?" } },
        minors_education = { type = "measure",
          extra = { public_only = { type = "boolean", doc = { en = "true when access is limited to the public education system (option of art. 10(b)).", fr = "true lorsque l'accès est limité à l'enseignement public (faculté de l'art. 10, point b))." } } },
          question = { en = "Do minors have access to the educational system under the same conditions as nationals (art. 10(b))? Is access limited to the public education system?",
                       fr = "Les mineurs ont-ils accès à l'enseignement dans les mêmes conditions que les nationaux (art. 10, point b)) ? Cet accès est-il limité à l'enseignement public ?" } },
        unaccompanied_identification = { type = "measure",
          question = { en = "Are the necessary steps taken to establish the identity and nationality of an unaccompanied minor and the fact that he or she is unaccompanied (art. 10(c))?",
                       fr = "Les dispositions nécessaires sont-elles prises pour établir l'identité et la nationalité d'un mineur non accompagné et le fait qu'il n'est pas accompagné (art. 10, point c)) ?" } },
        unaccompanied_family_tracing = { type = "measure",
          question = { en = "Do the authorities make every effort to locate the family of an unaccompanied minor as quickly as possible (art. 10(c))?",
                       fr = "Les autorités mettent-elles tout en œuvre pour retrouver le plus rapidement possible la famille d'un mineur non accompagné (art. 10, point c)) ?" } },
        unaccompanied_representation = { type = "measure",
          question = { en = "Are steps taken without delay to ensure the legal representation of an unaccompanied minor, including in criminal proceedings where necessary (art. 10(c))?",
                       fr = "Des dispositions sont-elles prises dans les plus brefs délais pour assurer la représentation juridique d'un mineur non accompagné, y compris, si nécessaire, dans la procédure pénale (art. 10, point c)) ?" } },
        access_employment = { type = "measure",
          question = { en = "Does national law define the rules under which permit holders may access the labour market (art. 11(1))?",
                       fr = "Le droit national définit-il les règles selon lesquelles les titulaires du titre accèdent au marché du travail (art. 11, par. 1) ?" } },
        access_vocational_training = { type = "measure",
          question = { en = "Does national law define the rules under which permit holders may access vocational training (art. 11(1))?",
                       fr = "Le droit national définit-il les règles selon lesquelles les titulaires du titre accèdent à la formation professionnelle (art. 11, par. 1) ?" } },
        access_education = { type = "measure",
          question = { en = "Does national law define the rules under which permit holders may access education (art. 11(1))?",
                       fr = "Le droit national définit-il les règles selon lesquelles les titulaires du titre accèdent à l'enseignement (art. 11, par. 1) ?" } },
        programmes_access = { type = "measure",
          question = { en = "Do the persons concerned have access to existing programmes or schemes, provided by the State or by NGOs or associations with specific agreements with it, aimed at their recovery of a normal social life (art. 12(1))?",
                       fr = "Les personnes concernées ont-elles accès aux programmes et projets existants, prévus par l'État ou par des organisations non gouvernementales ou associations ayant passé des accords avec lui, visant leur retour à une vie sociale normale (art. 12, par. 1) ?" } },
        specific_programmes = { type = "measure",
          question = { en = "Has the State set up programmes or schemes specifically for the persons concerned (option of art. 12(1), second subparagraph)?",
                       fr = "L'État a-t-il prévu des programmes ou projets destinés spécifiquement aux personnes concernées (faculté de l'art. 12, par. 1, second alinéa) ?" } },
        permit_linked_to_programmes = { type = "measure",
          question = { en = "Is the issue or renewal of the permit conditional on participation in those programmes or schemes (option of art. 12(2))?",
                       fr = "La délivrance ou le renouvellement du titre est-il subordonné à la participation à ces programmes ou projets (faculté de l'art. 12, par. 2) ?" } },
        non_renewal = { type = "measure",
          question = { en = "Does national law provide that the permit is not renewed when the conditions of art. 8(2) cease to be satisfied or when a decision of the competent authorities has terminated the proceedings (art. 13(1))?",
                       fr = "Le droit national prévoit-il que le titre n'est pas renouvelé lorsque les conditions de l'art. 8, par. 2, ne sont plus remplies ou qu'une décision des autorités compétentes a mis fin à la procédure (art. 13, par. 1) ?" } },
        withdrawal = { type = "measure",
          extra = { grounds = { type = "list", of = { type = "enum", values = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" } },
                                doc = { en = "The grounds on which national law allows the permit to be withdrawn: the conditions for issue no longer met, and the cases of art. 14(a) to (e).",
                                        fr = "Les motifs pour lesquels le droit national permet le retrait du titre : les conditions de délivrance ne sont plus remplies, et les cas de l'art. 14, points a) à e)." } } },
          question = { en = "May the permit be withdrawn, and on which grounds (art. 14: the conditions for issue no longer met; renewed contact with the perpetrators; fraudulent cooperation or complaint; public policy; cooperation ceased; proceedings discontinued)?",
                       fr = "Le titre peut-il être retiré, et pour quels motifs (art. 14 : conditions de délivrance plus remplies ; lien renoué avec les auteurs ; coopération ou plainte frauduleuse ; ordre public ; fin de la coopération ; interruption de la procédure) ?" } },
      },
    },
  },
}
