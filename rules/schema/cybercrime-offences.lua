-- rules/schema/cybercrime-offences.lua: facts for the UN Convention against
-- Cybercrime, ch. I and II (cyber1): art. 4 (offences of other UN
-- conventions committed through ICT systems), art. 6(1) (human rights), and
-- the definitions and options of arts 14-16.  The offences themselves are
-- entries of `offences` (rules/schema.lua) with the conduct elements
-- "ict_...", "csam_...", "child_solicitation_ict" and
-- "intimate_image_dissemination"; an element the offence requires beyond
-- the conduct goes in its `requires`.
--
-- Every fact is a standard `measure` (adopted true / false / "partly",
-- source, url, note, from, repealed, missing).  For the options (14(3),
-- 14(4), 15(3), 15(4), 16(3)) adopted = true means the State uses the option.
return {
  fields = {
    offences_by_ict = {
      title = { en = "Offences committed through ICT systems", fr = "Infractions commises au moyen de systèmes d'information et de communication" },
      type = "record",
      doc = { en = "Whether the offences of other UN conventions are also offences when committed through ICT systems (Cybercrime Convention art. 4).",
              fr = "Si les infractions d'autres conventions des Nations Unies sont aussi des infractions lorsqu'elles sont commises au moyen de systèmes d'information et de communication (art. 4 de la Convention sur la cybercriminalité)." },
      fields = {
        other_un_conventions = { type = "measure",
          question = { en = "Are the criminal offences established under the other UN conventions and protocols to which the State is a party (e.g. UNTOC and its Protocols, the drug control and counter-terrorism conventions) also offences when committed through information and communications technology systems (technology-neutral wording, or specific provisions)? Cite the provisions; list under missing the offences that are not.",
                       fr = "Les infractions établies conformément aux autres conventions et protocoles des Nations Unies auxquels l'État est partie (CTO et ses protocoles, conventions relatives aux stupéfiants et au terrorisme...) sont-elles aussi des infractions lorsqu'elles sont commises au moyen de systèmes d'information et de communication (rédaction neutre quant au moyen, ou dispositions spéciales) ? Citer les dispositions ; indiquer sous missing les infractions qui ne le sont pas." } },
      },
    },
    human_rights = {
      title = { en = "Human rights in implementing criminal-law treaties", fr = "Droits de l'homme dans la mise en œuvre des traités pénaux" },
      type = "record",
      doc = { en = "Whether the measures implementing the Cybercrime Convention are bound by the State's international human rights obligations (art. 6(1)).",
              fr = "Si les mesures de mise en œuvre de la Convention sur la cybercriminalité sont tenues par les obligations internationales de l'État en matière de droits de l'homme (art. 6, par. 1)." },
      fields = {
        implementation_consistent = { type = "measure",
          question = { en = "Are the measures implementing the Convention (offences, procedural powers, cooperation) subject to the State's obligations under international human rights law, with a way to enforce them (treaties binding in domestic law, judicial review of laws and measures)? Cite the constitutional and treaty sources.",
                       fr = "Les mesures de mise en œuvre de la Convention (infractions, pouvoirs procéduraux, coopération) sont-elles soumises aux obligations de l'État en vertu du droit international des droits de l'homme, avec un moyen de les faire respecter (traités applicables en droit interne, contrôle juridictionnel des lois et des mesures) ? Citer les sources constitutionnelles et conventionnelles." } },
      },
    },
    child_sexual_abuse_material = {
      title = { en = "Child sexual abuse or exploitation material: definition and options", fr = "Contenus présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants : définition et options" },
      type = "record",
      doc = { en = "The definition national law gives of the material (Cybercrime Convention art. 14(2)) and the limitations and exclusions it uses (14(3), 14(4)).",
              fr = "La définition que le droit national donne de ces contenus (art. 14, par. 2, de la Convention sur la cybercriminalité) et les limitations et exclusions qu'il retient (par. 3 et 4)." },
      fields = {
        definition_visual = { type = "measure",
          question = { en = "Do the offences reach all visual content that depicts, describes or represents a person under 18 (a) engaged in real or simulated sexual activity, (b) in the presence of a person engaging in sexual activity, (c) whose sexual parts are displayed for primarily sexual purposes, or (d) subjected to torture or cruel, inhuman or degrading treatment or punishment of a sexual nature? List under missing what they do not reach (a limitation of art. 14(3) the State uses is not missing).",
                       fr = "Les infractions visent-elles tout contenu visuel qui dépeint, décrit ou représente une personne de moins de 18 ans a) se livrant à un acte sexuel réel ou simulé, b) en présence d'une personne qui se livre à un acte sexuel, c) dont les organes sexuels sont exhibés à des fins principalement sexuelles, ou d) soumise à la torture ou à des peines ou traitements cruels, inhumains ou dégradants à caractère sexuel ? Indiquer sous missing ce qu'elles ne visent pas (une limitation de l'art. 14, par. 3, que l'État retient n'est pas un manque)." } },
        definition_written_audio = { type = "measure",
          question = { en = "Do the offences also reach written or audio content of that kind (an option of art. 14(2))?",
                       fr = "Les infractions visent-elles aussi de tels contenus écrits ou sonores (option de l'art. 14, par. 2) ?" } },
        limited_existing_persons = { type = "measure",
          question = { en = "Does national law limit the material to content depicting, describing or representing an existing person (art. 14(3)(a))?",
                       fr = "Le droit national limite-t-il ces contenus à ceux qui dépeignent, décrivent ou représentent une personne existante (art. 14, par. 3, al. a)) ?" } },
        limited_visual = { type = "measure",
          question = { en = "Does national law limit the material to content visually representing child sexual abuse or exploitation (art. 14(3)(b))?",
                       fr = "Le droit national limite-t-il ces contenus à ceux qui représentent visuellement des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants (art. 14, par. 3, al. b)) ?" } },
        excludes_self_generated = { type = "measure",
          question = { en = "Does national law exclude from criminalization acts committed by children concerning self-generated content depicting them (art. 14(4)(a))?",
                       fr = "Le droit national exclut-il de l'incrimination les actes commis par des enfants concernant des contenus autoproduits les représentant (art. 14, par. 4, al. a)) ?" } },
        excludes_consensual_private = { type = "measure",
          question = { en = "Does national law exclude the consensual production, transmission or possession of such content where the acts depicted are legal and the content is kept for the private and consensual use of the persons involved (art. 14(4)(b))?",
                       fr = "Le droit national exclut-il la production, la transmission ou la détention consenties de tels contenus lorsque les actes représentés sont légaux et que le contenu est réservé à l'usage privé et consenti des personnes concernées (art. 14, par. 4, al. b)) ?" } },
      },
    },
    child_grooming = {
      title = { en = "Solicitation or grooming of children: options", fr = "Sollicitation ou manipulation psychologique d'enfants : options" },
      type = "record",
      doc = { en = "The options of Cybercrime Convention art. 15(3) and 15(4); the offence itself is an entry of `offences` (child_solicitation_ict).",
              fr = "Les options de l'art. 15, par. 3 et 4, de la Convention sur la cybercriminalité ; l'infraction elle-même est une entrée de `offences` (child_solicitation_ict)." },
      fields = {
        believed_child = { type = "measure",
          question = { en = "Does the offence extend to cases where the person solicited is believed to be a child (e.g. an investigator posing as a child) (art. 15(3))?",
                       fr = "L'infraction s'étend-elle aux cas où la personne sollicitée est crue être un enfant (par exemple un enquêteur se présentant comme tel) (art. 15, par. 3) ?" } },
        acts_by_children_excluded = { type = "measure",
          question = { en = "Does national law exclude from the offence acts committed by children (art. 15(4))?",
                       fr = "Le droit national exclut-il de l'infraction les actes commis par des enfants (art. 15, par. 4) ?" } },
      },
    },
    intimate_images = {
      title = { en = "Non-consensual dissemination of intimate images: definition and options", fr = "Diffusion non consentie d'images intimes : définition et options" },
      type = "record",
      doc = { en = "The definition of an intimate image the offence reaches (Cybercrime Convention art. 16(2)), its extension to persons under 18 (16(3)) and the rule on their consent (16(4)); the offence is an entry of `offences` (intimate_image_dissemination).",
              fr = "La définition de l'image intime que vise l'infraction (art. 16, par. 2, de la Convention sur la cybercriminalité), son extension aux personnes de moins de 18 ans (par. 3) et la règle sur leur consentement (par. 4) ; l'infraction est une entrée de `offences` (intimate_image_dissemination)." },
      fields = {
        definition = { type = "measure",
          question = { en = "Does the offence reach every visual recording (photograph, video...) of a person over 18, of a sexual nature, showing their sexual parts or a sexual act, that was private when recorded and in respect of which the person had a reasonable expectation of privacy? List under missing what it does not reach.",
                       fr = "L'infraction vise-t-elle tout enregistrement visuel (photographie, vidéo...) d'une personne de plus de 18 ans, de nature sexuelle, montrant ses organes sexuels ou un acte sexuel, qui était privé au moment de l'enregistrement et à l'égard duquel la personne pouvait raisonnablement s'attendre au respect de sa vie privée ? Indiquer sous missing ce qu'elle ne vise pas." } },
        minors_of_legal_age = { type = "measure",
          question = { en = "Does the definition extend to persons under 18 who have reached the legal age for sexual activity, where the images do not show child sexual abuse or exploitation (art. 16(3))?",
                       fr = "La définition s'étend-elle aux personnes de moins de 18 ans ayant atteint l'âge légal des relations sexuelles, lorsque les images ne montrent pas d'abus sexuels sur enfant ni d'exploitation sexuelle d'enfants (art. 16, par. 3) ?" } },
        minor_consent_ineffective = { type = "measure",
          question = { en = "Does national law deny effect to the consent of a person under 18 to the dissemination of an intimate image that is child sexual abuse or exploitation material (art. 16(4)): can such consent never be a defence?",
                       fr = "Le droit national prive-t-il d'effet le consentement d'une personne de moins de 18 ans à la diffusion d'une image intime constituant un contenu d'abus ou d'exploitation sexuels d'enfants (art. 16, par. 4) : ce consentement ne peut-il jamais exonérer ?" } },
      },
    },
  },
}
