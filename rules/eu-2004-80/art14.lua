-- Directive 2004/80/EC, article 14 -- Standard forms.
--
-- The standard forms are established by the committee procedure of art. 15(2)
-- (Commission Decision 2006/337/EC): no duty of the Member State, whose use
-- of the forms is encoded in arts 6(2) and 10.

not_encoded {
  ref = "eu-2004-80:14",
  reason = { en = "Binds the Commission and the committee: the standard forms are established under the procedure of article 15(2). Their use by national authorities is encoded in articles 6(2) and 10.",
             fr = "Vise la Commission et le comité : les formulaires types sont établis selon la procédure de l'article 15, paragraphe 2. Leur usage par les autorités nationales est encodé aux articles 6, paragraphe 2, et 10." },
}
