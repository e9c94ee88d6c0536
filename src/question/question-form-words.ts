/**
 * Words that shape a question without saying what it is about: inflected question words ("hangileridir",
 * "kimlere", "kadardır") and the auxiliaries and modals a question is built with ("olabilmek", "gerekir",
 * "edebilir", "istiyorum"). The analyser's stopwords cover the bare forms; these inflected ones are rare
 * in legal text, so as concepts they carried the largest weights of a question and a passage that answers
 * it never holds them ("Avukat olabilmek için hangi şartlar aranır?" is answered by "Avukatlığa kabul
 * şartları"), which pushed answerable questions under the support threshold.
 */
const QUESTION_FORM_WORD = new RegExp(
  '^(?:' +
    [
      // Inflected question words.
      'kadar(?:dır|dir|dı|di)',
      'hangi(?:si|sini|sine|sinde|sidir|leri|lerini|lerine|leridir|lerdir|lerinde)',
      'kim(?:ler|lere|lerin|lerden|lerdir|in|e|i|den|dir|dır)',
      'ne(?:yi|ye|den|dir|ler|lere|lerdir|lerden|lerin|yin|dedir)',
      'nere(?:de|den|ye|si|sidir|lerde|lerdir|dedir)',
      'kaç(?:ı|ını|ta|tır|tir|ar|ında|ıncısı)',
      // Auxiliaries and modals: "olabilmek için", "dava açmak gerekir", "itiraz edebilir miyim".
      'ol(?:abilir|abilmek|abilmesi|abilmeleri|abilirim|mak|ması|malı|malıdır|ursa|uyor|acak|acaktır|duğu|unur|unmalıdır|du|muş|muştur)',
      // "varsa kaç?", "bazıları nelerdir?", "birkaçını sayar mısın?": the answer is asked for, not described.
      'var(?:sa|dır|mıdır)',
      'bazı(?:ları|larını|sı|sını)',
      'birkaç(?:ı|ını)?',
      'say(?:ar|abilir)',
      'e(?:tmek|tmesi|der|debilir|debilirim|debilirler)',
      'yap(?:ar|abilir|abilirim|mak|ması|malı|malıdır|acaksam|arsam)',
      // "ne anlama gelir?": what a rule means is asked, not a passage holding "anlam".
      'anlama',
      'gerek(?:ir|ir mi|li|lidir|mektedir|iyor)',
      'iste(?:r|rim|rsem)',
      'istiyor(?:um|uz|sun|sunuz|lar)?',
      'lazım(?:dır)?',
      'mümkün(?:dür)?',
    ].join('|') +
    ')$',
  'u',
);

/** A folded word that only shapes the question ("olabilmek", "hangileridir"). */
export const isQuestionFormWord = (foldedWord: string): boolean => QUESTION_FORM_WORD.test(foldedWord);
